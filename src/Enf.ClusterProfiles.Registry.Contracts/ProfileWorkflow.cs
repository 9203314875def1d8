using System.Runtime.Serialization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Enf.ClusterProfiles.Registry.Contracts;

/// <summary>Where a stored profile stands in the review workflow (registry-api-v1, revision 1.1). The wire names (JSON and query strings) are camelCase.</summary>
[JsonConverter(typeof(ProfileStatusJsonConverter))]
public enum ProfileStatus
{
    /// <summary>Being written; only its owner, reviewers and the admin see it.</summary>
    [EnumMember(Value = "draft")]
    Draft,

    /// <summary>Submitted, or a published profile edited since: waiting for a reviewer.</summary>
    [EnumMember(Value = "needsReview")]
    NeedsReview,

    /// <summary>Published: every account sees it.</summary>
    [EnumMember(Value = "published")]
    Published,

    /// <summary>Returned by a reviewer with a comment; the owner edits and submits again.</summary>
    [EnumMember(Value = "returned")]
    Returned,
}

/// <summary>A reviewer's decision on a profile that needs review.</summary>
[JsonConverter(typeof(ReviewOutcomeJsonConverter))]
public enum ReviewOutcome
{
    /// <summary>Publish the latest version.</summary>
    [EnumMember(Value = "publish")]
    Publish,

    /// <summary>Return it to its owner; a comment is required.</summary>
    [EnumMember(Value = "return")]
    Return,
}

/// <summary>The body of <c>POST /api/v1/profiles/{id}/review</c>.</summary>
public sealed record ReviewDecision
{
    /// <summary><c>publish</c> or <c>return</c>.</summary>
    public ReviewOutcome? Decision { get; init; }

    /// <summary>Why; required for a return, kept with the version.</summary>
    public string? Comment { get; init; }
}

/// <summary>One entry of a profile's history: every write and every decision appends one; none is ever changed.</summary>
public sealed record ProfileVersion
{
    /// <summary>1 for the first write, then one more for each write and decision.</summary>
    public required int Version { get; init; }

    /// <summary>The ETag of the profile's content at this version, quoted.</summary>
    public required string Etag { get; init; }

    /// <summary>When it was recorded.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The account that made it (a name, never a token).</summary>
    public required string By { get; init; }

    /// <summary>The status the profile had after it.</summary>
    public required ProfileStatus Status { get; init; }

    /// <summary>The reviewer's comment, or the note of a migration.</summary>
    public string? Comment { get; init; }
}

/// <summary>The body of <c>GET /api/v1/profiles/{id}/versions</c>, oldest first.</summary>
public sealed record ProfileVersionList
{
    /// <summary>Every version, oldest first.</summary>
    public IReadOnlyList<ProfileVersion> Items { get; init; } = [];
}

/// <summary>Reads and writes <see cref="ProfileStatus"/> as camelCase text (<c>needsReview</c>).</summary>
public sealed class ProfileStatusJsonConverter() : JsonStringEnumConverter<ProfileStatus>(JsonNamingPolicy.CamelCase, allowIntegerValues: false);

/// <summary>Reads and writes <see cref="ReviewOutcome"/> as camelCase text (<c>publish</c>).</summary>
public sealed class ReviewOutcomeJsonConverter() : JsonStringEnumConverter<ReviewOutcome>(JsonNamingPolicy.CamelCase, allowIntegerValues: false);
