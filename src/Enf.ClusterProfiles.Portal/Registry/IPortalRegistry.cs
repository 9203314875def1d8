using Enf.ClusterProfiles.Registry.Contracts;

namespace Enf.ClusterProfiles.Portal.Registry;

/// <summary>
/// What the portal needs from a registry (registry-api-v1 revisions 1.1 and 1.2: accounts, rights, the review
/// workflow, versions, lists for people), in the terms of the portal's pages. An instance acts as one account: in a
/// request, the signed-in person's (<see cref="PortalRegistries"/>), so the registry, not the portal, decides rights.
/// Its one implementation, <see cref="HttpPortalRegistry"/>, speaks HTTP to the in-process reference registry and to
/// an external one alike.
/// </summary>
public interface IPortalRegistry
{
    /// <summary>The account this registry acts as, or <see langword="null"/> for an unknown or revoked token.</summary>
    Task<PortalAccount?> AuthenticateAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Every profile the caller may see (the latest version of its own, the published one of others), optionally of
    /// one status: one listing request (a page of 500), no profile read.
    /// </summary>
    Task<IReadOnlyList<RegistryListItem>> ListAsync(ProfileStatus? status, CancellationToken cancellationToken);

    /// <summary>
    /// The content of every profile of a status, by id, in one request (<c>GET /export</c>): for <c>published</c>,
    /// the published version of every profile that has one (anyone); else the latest versions (reviewers and the admin).
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> ExportAsync(ProfileStatus status, CancellationToken cancellationToken);

    /// <summary>The content of one profile as the caller may see it (its JSON), or <see langword="null"/>: one request, no history.</summary>
    Task<string?> ReadAsync(string id, CancellationToken cancellationToken);

    /// <summary>One profile as the caller may see it with its state, or <see langword="null"/> when it may not (or it does not exist).</summary>
    Task<RegistryProfile?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>The published version of a profile, or <see langword="null"/> when none was ever published.</summary>
    Task<RegistryProfile?> GetPublishedAsync(string id, CancellationToken cancellationToken);

    /// <summary>Creates (<paramref name="ifMatch"/> null) or updates (with the ETag the caller last saw) a profile.</summary>
    Task<RegistryResult> PutAsync(string id, string json, string? ifMatch, CancellationToken cancellationToken);

    /// <summary>Moves a draft or returned profile to <c>needsReview</c>.</summary>
    Task<RegistryResult> SubmitAsync(string id, CancellationToken cancellationToken);

    /// <summary>Publishes or returns (with a comment) a profile that needs review.</summary>
    Task<RegistryResult> ReviewAsync(string id, bool publish, string? comment, CancellationToken cancellationToken);

    /// <summary>The profile's history, oldest first.</summary>
    Task<IReadOnlyList<RegistryVersion>> VersionsAsync(string id, CancellationToken cancellationToken);
}
