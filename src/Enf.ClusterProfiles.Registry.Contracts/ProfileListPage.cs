using System.Text.Json.Serialization;

namespace Enf.ClusterProfiles.Registry.Contracts;

/// <summary>A page of the registry's profile listing.</summary>
public sealed record ProfileListPage
{
    /// <summary>The profiles on this page, in the registry's stable order.</summary>
    public IReadOnlyList<ProfileListItem> Items { get; init; } = [];

    /// <summary>The token of the next page, or <see langword="null"/> on the last page.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)] // written as null on the last page, as the contract says
    public string? NextPageToken { get; init; }
}

/// <summary>One entry of the listing.</summary>
/// <param name="Id">The profile id.</param>
/// <param name="Etag">The stored version's ETag, quoted.</param>
/// <param name="UpdatedAt">When the stored content last changed (for a published version shown to others: when it was published).</param>
public sealed record ProfileListItem(string Id, string Etag, DateTimeOffset UpdatedAt)
{
    /// <summary>Where the profile stands in the review workflow, as the caller sees it (revision 1.1).</summary>
    public ProfileStatus? Status { get; init; }

    /// <summary>The profile's <c>name</c> as the caller sees it (revision 1.2), so that a portal lists a person's clusters in one request.</summary>
    public string? Name { get; init; }

    /// <summary>The latest review comment of the profile's history, when a reviewer left one (revision 1.2).</summary>
    public string? LastComment { get; init; }
}
