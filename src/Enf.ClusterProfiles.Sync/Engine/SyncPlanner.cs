using Enf.ClusterProfiles.Registry.Contracts;

namespace Enf.ClusterProfiles.Sync;

/// <summary>One profile's planned action, with what the plan was made from.</summary>
/// <param name="Id">The profile id, or the file name when the file has no usable id.</param>
/// <param name="Action">Create, update, pull, skip, conflict or invalid.</param>
/// <param name="File">The local file: the profile's own, or the free one a pull will write.</param>
/// <param name="Detail">Why, in a sentence, when the action alone does not say it.</param>
internal sealed record SyncDecision(string Id, SyncAction Action, string? File, string? Detail = null)
{
    public LocalProfile? Local { get; init; }

    public ProfileListItem? Remote { get; init; }

    /// <summary>The last agreement (or reported conflict) of the sync record, if any.</summary>
    public SyncRecordEntry? Known { get; init; }

    /// <summary>
    /// A conflict by the record (both sides differ from the last agreement, or there is none) whose contents
    /// are compared before it is reported: the same content on both sides is agreement.
    /// </summary>
    public bool CompareFirst { get; init; }

    public SyncItem ToItem() => new(Id, Action, File, Detail) { Issues = Action == SyncAction.Invalid ? Local?.Issues ?? [] : [] };
}

/// <summary>
/// Decides, for every profile, what a sync does: from the local folder, the registry's listing and the sync
/// record alone. No HTTP, no files: the same inputs give the same plan. It never plans to overwrite an edit
/// made on either side since the last sync: an update needs the registry unchanged since then (or still at the
/// version a reported conflict saved beside the file), a pull over a file needs the file unchanged since then,
/// and a pull into a new file takes a name no file holds.
/// </summary>
internal static class SyncPlanner
{
    public static IReadOnlyList<SyncDecision> Plan(
        IReadOnlyDictionary<string, LocalProfile> locals,
        IReadOnlyDictionary<string, string> owners,
        IReadOnlyDictionary<string, ProfileListItem> remote,
        IReadOnlyDictionary<string, SyncRecordEntry> record,
        bool pushOnly)
    {
        var claimed = new HashSet<string>(owners.Keys, StringComparer.Ordinal);
        var plan = new List<SyncDecision>();
        foreach (var id in locals.Keys.Union(remote.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var local = locals.GetValueOrDefault(id);
            var item = remote.GetValueOrDefault(id);
            var known = record.GetValueOrDefault(id);
            plan.Add(Decide(id, local, item, known, owners, claimed, pushOnly) with { Local = local, Remote = item, Known = known });
        }

        return plan;
    }

    private static SyncDecision Decide(string id, LocalProfile? local, ProfileListItem? remote, SyncRecordEntry? known, IReadOnlyDictionary<string, string> owners, HashSet<string> claimed, bool pushOnly)
    {
        if (local is { Valid: false })
        {
            return new SyncDecision(id, SyncAction.Invalid, local.File, "fails validation; not pushed, and not overwritten from the registry");
        }

        if (local is null)
        {
            if (pushOnly)
            {
                return new SyncDecision(id, SyncAction.Skip, null, "only in the registry; not pulled (push only)");
            }

            if (known is not null && owners.TryGetValue(known.File, out var owner) && owner.Length == 0)
            {
                // The file that held this profile cannot be read now (an edit in progress?): leave it alone.
                return new SyncDecision(id, SyncAction.Skip, known.File, $"not pulled: {known.File}, which held this profile, cannot be read; fix it and sync again");
            }

            return new SyncDecision(id, SyncAction.Pull, FreeFile(id, known?.File, claimed));
        }

        if (remote is null)
        {
            return new SyncDecision(id, SyncAction.Create, local.File);
        }

        var localChanged = known is null || known.Hash != local.Hash;
        var remoteChanged = known is null || known.Etag != remote.Etag;
        if (!localChanged && !remoteChanged)
        {
            return new SyncDecision(id, SyncAction.Skip, local.File);
        }

        if (localChanged && !remoteChanged)
        {
            return new SyncDecision(id, SyncAction.Update, local.File);
        }

        if (!localChanged)
        {
            return pushOnly
                ? new SyncDecision(id, SyncAction.Skip, local.File, "changed in the registry; not pulled (push only)")
                : new SyncDecision(id, SyncAction.Pull, local.File);
        }

        // Both sides differ from the last agreement. A reported conflict whose file was edited since, while the
        // registry stayed at the version saved beside it, is the user's resolution: push it.
        if (known?.ConflictEtag is { } conflictEtag && conflictEtag == remote.Etag)
        {
            return known.ConflictLocalHash == local.Hash
                ? new SyncDecision(id, SyncAction.Conflict, local.File, $"still unresolved: edit {local.File} to the version to keep (the registry's is in {local.File}{LocalFolder.RemoteCopySuffix})")
                : new SyncDecision(id, SyncAction.Update, local.File, "the conflict's resolution");
        }

        return new SyncDecision(id, SyncAction.Conflict, local.File, known is null
            ? "in the folder and in the registry, never synced: the contents are compared, and the same content is agreement"
            : "changed on both sides since the last sync: the contents are compared, and the same content is agreement")
        {
            CompareFirst = true,
        };
    }

    // A file that overwrites nothing: the one the profile had, if no file holds it now, else <id>.json, else <id>-2.json, …
    private static string FreeFile(string id, string? previous, HashSet<string> claimed)
    {
        // The record's file name is taken only as a plain name in the folder: a damaged record cannot point elsewhere.
        var usable = previous is not null && Path.GetFileName(previous) == previous && previous.EndsWith(".json", StringComparison.Ordinal);
        var chosen = usable && !claimed.Contains(previous!) ? previous!
            : !claimed.Contains($"{id}.json") ? $"{id}.json"
            : Enumerable.Range(2, int.MaxValue - 2).Select(n => $"{id}-{n}.json").First(name => !claimed.Contains(name));
        claimed.Add(chosen);
        return chosen;
    }
}
