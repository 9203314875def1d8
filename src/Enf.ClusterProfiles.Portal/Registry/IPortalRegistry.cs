namespace Enf.ClusterProfiles.Portal.Registry;

/// <summary>The roles of registry-api-v1 revision 1.1.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Reviewer = "reviewer";
    public const string Manager = "manager";
}

/// <summary>The statuses of the review workflow (registry-api-v1 revision 1.1).</summary>
public static class ProfileStatus
{
    public const string Draft = "draft";
    public const string NeedsReview = "needsReview";
    public const string Published = "published";
    public const string Returned = "returned";
}

/// <summary>Who is calling: an account of the registry, known by its token.</summary>
public sealed record PortalAccount(string Name, string Role, IReadOnlySet<string> Profiles)
{
    public bool Owns(string id) => Role == Roles.Admin || (Role == Roles.Manager && Profiles.Contains(id));

    public bool Reviews => Role is Roles.Reviewer or Roles.Admin;
}

/// <summary>One stored profile as the caller may see it: its JSON as written, its ETag and its workflow state.</summary>
public sealed record RegistryProfile(
    string Id,
    string Json,
    string ETag,
    string Status,
    DateTimeOffset UpdatedAt,
    string? LastComment);

/// <summary>One entry of a profile's history.</summary>
public sealed record RegistryVersion(int Version, string ETag, DateTimeOffset At, string By, string Status, string? Comment);

/// <summary>What became of a write, a submission or a decision.</summary>
public enum RegistryOutcome
{
    Done,
    NotFound,
    Forbidden,
    Conflict,
    WrongStatus,
    Refused,
}

/// <summary>The answer to a write: on <see cref="RegistryOutcome.Conflict"/>, <see cref="Current"/> is what is stored now.</summary>
public sealed record RegistryResult(RegistryOutcome Outcome, string? ETag = null, RegistryProfile? Current = null, string? Problem = null)
{
    public bool Succeeded => Outcome == RegistryOutcome.Done;
}

/// <summary>
/// What the portal needs from a registry (registry-api-v1 revision 1.1: accounts, rights, the review workflow,
/// versions), in the terms of the portal's pages. Every call acts as the signed-in account, so the registry, not
/// the portal, decides rights. Its one implementation, <see cref="HttpPortalRegistry"/>, speaks HTTP to the
/// in-process reference registry and to an external one alike.
/// </summary>
public interface IPortalRegistry
{
    /// <summary>The account of a token, or <see langword="null"/> for an unknown or revoked one.</summary>
    Task<PortalAccount?> AuthenticateAsync(string token, CancellationToken cancellationToken);

    /// <summary>Every profile the caller may see (the latest version of its own, the published one of others), optionally of one status.</summary>
    Task<IReadOnlyList<RegistryProfile>> ListAsync(string token, string? status, CancellationToken cancellationToken);

    /// <summary>One profile as the caller may see it, or <see langword="null"/> when it may not (or it does not exist).</summary>
    Task<RegistryProfile?> GetAsync(string token, string id, CancellationToken cancellationToken);

    /// <summary>The published version of a profile, or <see langword="null"/> when none was ever published.</summary>
    Task<RegistryProfile?> GetPublishedAsync(string token, string id, CancellationToken cancellationToken);

    /// <summary>Creates (<paramref name="ifMatch"/> null) or updates (with the ETag the caller last saw) a profile.</summary>
    Task<RegistryResult> PutAsync(string token, string id, string json, string? ifMatch, CancellationToken cancellationToken);

    /// <summary>Moves a draft or returned profile to <c>needsReview</c>.</summary>
    Task<RegistryResult> SubmitAsync(string token, string id, CancellationToken cancellationToken);

    /// <summary>Publishes or returns (with a comment) a profile that needs review.</summary>
    Task<RegistryResult> ReviewAsync(string token, string id, bool publish, string? comment, CancellationToken cancellationToken);

    /// <summary>The profile's history, oldest first.</summary>
    Task<IReadOnlyList<RegistryVersion>> VersionsAsync(string token, string id, CancellationToken cancellationToken);
}
