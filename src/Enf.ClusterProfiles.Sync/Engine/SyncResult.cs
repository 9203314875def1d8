namespace Enf.ClusterProfiles.Sync;

/// <summary>The outcome of a sync: every profile with its action, and counts.</summary>
public sealed record SyncResult
{
    /// <summary>Whether this was a dry run (the plan, nothing changed).</summary>
    public required bool DryRun { get; init; }

    /// <summary>Every profile, ordered by id.</summary>
    public required IReadOnlyList<SyncItem> Items { get; init; }

    /// <summary>Why the sync could not run at all (registry unreachable, token refused), or <see langword="null"/>.</summary>
    public string? Error { get; init; }

    /// <summary>Count of items with an action.</summary>
    /// <param name="action">The action.</param>
    public int Count(SyncAction action) => Items.Count(i => i.Action == action);

    /// <summary>
    /// Whether folder and registry agree: the sync ran and left no conflict, refused profile or failure. A dry
    /// run agrees only when there is nothing to do.
    /// </summary>
    public bool Agreed => Error is null && Items.All(i => DryRun
        ? i.Action == SyncAction.Skip
        : i.Action is SyncAction.Create or SyncAction.Update or SyncAction.Pull or SyncAction.Skip);
}
