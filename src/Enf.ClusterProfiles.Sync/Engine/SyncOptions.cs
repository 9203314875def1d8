namespace Enf.ClusterProfiles.Sync;

/// <summary>How one sync runs.</summary>
public sealed class SyncOptions
{
    /// <summary>Plan only: list what would be done and change nothing (default false).</summary>
    public bool DryRun { get; init; }

    /// <summary>Carry local changes to the registry but write nothing locally (default false).</summary>
    public bool PushOnly { get; init; }

    /// <summary>Requests in flight at once (default 4).</summary>
    public int MaxConcurrency { get; init; } = 4;
}
