using Enf.ClusterProfiles.Registry.Contracts;

namespace Enf.ClusterProfiles.Sync;

/// <summary>One profile's outcome in a sync, or its planned action in a dry run.</summary>
/// <param name="Id">The profile id, or the file name when the file has no usable id.</param>
/// <param name="Action">What was (or would be) done.</param>
/// <param name="File">The local file, when there is one.</param>
/// <param name="Detail">Why, in a sentence: the reason for a conflict, a refusal or a failure; where the remote copy was saved.</param>
public sealed record SyncItem(string Id, SyncAction Action, string? File, string? Detail = null)
{
    /// <summary>The findings behind an <see cref="SyncAction.Invalid"/> outcome.</summary>
    public IReadOnlyList<RegistryIssue> Issues { get; init; } = [];
}
