using System.Net;
using Enf.ClusterProfiles.Model;
using Microsoft.Extensions.Logging;

namespace Enf.ClusterProfiles.Sync;

/// <summary>
/// Carries out a plan with bounded concurrency. Writes are conditional; a <c>412</c> is checked by reading the
/// registry's content, so a write whose answer was lost (and which the registry holds) is a success and a retry
/// never reports a false conflict. A planned conflict is confirmed by content before it is reported. The sync
/// record is kept as work is done and saved atomically; when the registry stops answering, no new work starts
/// and what was not done is reported, so the sync ends within a call's deadline.
/// </summary>
internal sealed partial class SyncExecutor(RegistryCalls registry, LocalFolder folder, SyncRecord record, ILogger logger, IProgress<SyncItem>? progress)
{
    private readonly object gate = new();
    private int sinceSave;
    private string? stopReason;

    public async Task<SyncResult> RunAsync(IReadOnlyList<SyncDecision> plan, int maxConcurrency, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var items = new SyncItem[plan.Count];
        try
        {
            await Parallel.ForEachAsync(
                Enumerable.Range(0, plan.Count),
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxConcurrency), CancellationToken = cancellationToken },
                async (index, _) => items[index] = await CarryOutAsync(plan[index], stop, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            TrySave(); // what was done is remembered, so the next run finishes the job
            throw;
        }

        var saveError = TrySave();
        var error = stopReason is not null
            ? $"the registry stopped answering ({stopReason}); {items.Count(i => i.Action == SyncAction.Failed)} profiles were not synchronised: sync again to finish."
            : saveError is not null ? $"the sync record could not be written ({saveError}); the next sync will compare contents again." : null;
        return new SyncResult { DryRun = false, Items = items, Error = error };
    }

    private async Task<SyncItem> CarryOutAsync(SyncDecision decision, CancellationTokenSource stop, CancellationToken cancellationToken)
    {
        SyncItem item;
        if (Volatile.Read(ref stopReason) is { } reason)
        {
            item = new SyncItem(decision.Id, SyncAction.Failed, decision.File, $"not tried: the registry stopped answering ({reason})");
        }
        else
        {
            try
            {
                item = await ApplyAsync(decision, stop.Token).ConfigureAwait(false);
            }
            catch (RegistryUnavailableException e) when (!cancellationToken.IsCancellationRequested)
            {
                // Every try this call's deadlines allowed has failed: start no new work, and end the calls in flight.
                if (Interlocked.CompareExchange(ref stopReason, e.Message, null) is null)
                {
                    await stop.CancelAsync().ConfigureAwait(false);
                }

                item = new SyncItem(decision.Id, SyncAction.Failed, decision.File, e.Message);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                item = new SyncItem(decision.Id, SyncAction.Failed, decision.File, $"not finished: the registry stopped answering ({stopReason})");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                item = new SyncItem(decision.Id, SyncAction.Failed, decision.File, $"the folder: {e.Message}");
            }
        }

        LogItem(logger, item.Id, item.Action, item.Detail);
        progress?.Report(item);
        return item;
    }

    private Task<SyncItem> ApplyAsync(SyncDecision decision, CancellationToken cancellationToken) => decision.Action switch
    {
        SyncAction.Create => WriteAsync(decision, ifMatch: null, cancellationToken),
        SyncAction.Update => WriteAsync(decision, decision.Remote!.Etag, cancellationToken),
        SyncAction.Pull => PullAsync(decision, cancellationToken),
        SyncAction.Conflict when decision.CompareFirst => CompareAsync(decision, cancellationToken),
        _ => Task.FromResult(decision.ToItem()), // skip, invalid, an unresolved conflict: nothing to do
    };

    private async Task<SyncItem> WriteAsync(SyncDecision decision, string? ifMatch, CancellationToken cancellationToken)
    {
        var local = decision.Local!;
        var response = await registry.PutAsync(decision.Id, local.Profile!, ifMatch, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode && response.Headers.ETag is { } written)
        {
            Agree(decision.Id, local.File, local.Hash!, written.ToString());
            return new SyncItem(decision.Id, decision.Action, local.File);
        }

        if (response.StatusCode == HttpStatusCode.PreconditionFailed)
        {
            // Either a retry whose first try was written but whose answer was lost, or a real concurrent change.
            var (current, etag, failure) = await registry.GetAsync(decision.Id, cancellationToken).ConfigureAwait(false);
            if (current is null)
            {
                return new SyncItem(decision.Id, SyncAction.Failed, local.File, failure);
            }

            if (ContentHash.Of(current) == local.Hash)
            {
                Agree(decision.Id, local.File, local.Hash!, etag);
                return new SyncItem(decision.Id, decision.Action, local.File);
            }

            return Conflict(decision, current, etag);
        }

        if (response.StatusCode == HttpStatusCode.UnprocessableEntity)
        {
            var problem = RegistryCalls.Problem(response);
            return new SyncItem(decision.Id, SyncAction.Invalid, local.File, $"refused by the registry: {problem?.Detail ?? problem?.Title}") { Issues = problem?.Issues ?? [] };
        }

        return new SyncItem(decision.Id, SyncAction.Failed, local.File, registry.Describe(response));
    }

    // Pulls into the profile's own file (unchanged since the last sync, checked again just before writing) or a free one.
    private async Task<SyncItem> PullAsync(SyncDecision decision, CancellationToken cancellationToken)
    {
        var file = decision.File!;
        var (profile, etag, failure) = await registry.GetAsync(decision.Id, cancellationToken).ConfigureAwait(false);
        if (profile is null)
        {
            return new SyncItem(decision.Id, SyncAction.Failed, file, failure);
        }

        if (decision.Local is { } local)
        {
            if (!await folder.StillHoldsAsync(file, local.Hash!, cancellationToken).ConfigureAwait(false))
            {
                return Conflict(decision, profile, etag); // edited while the sync ran: keep the edit, and the registry's version beside it
            }
        }
        else if (folder.Exists(file))
        {
            return new SyncItem(decision.Id, SyncAction.Failed, file, $"not pulled: {file} appeared while the sync ran; sync again");
        }

        folder.Write(file, profile);
        Agree(decision.Id, file, ContentHash.Of(profile), etag);
        return new SyncItem(decision.Id, SyncAction.Pull, file);
    }

    private async Task<SyncItem> CompareAsync(SyncDecision decision, CancellationToken cancellationToken)
    {
        var local = decision.Local!;
        var (current, etag, failure) = await registry.GetAsync(decision.Id, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return new SyncItem(decision.Id, SyncAction.Failed, local.File, failure);
        }

        if (ContentHash.Of(current) == local.Hash)
        {
            Agree(decision.Id, local.File, local.Hash!, etag);
            return new SyncItem(decision.Id, SyncAction.Skip, local.File, decision.Known is null ? "same content on both sides" : null);
        }

        return Conflict(decision, current, etag);
    }

    private SyncItem Conflict(SyncDecision decision, ClusterProfile remote, string remoteEtag)
    {
        var local = decision.Local!;
        var copy = folder.WriteRemoteCopy(local.File, remote);
        lock (gate)
        {
            // Remember the conflict but not a new agreement: both sides keep their versions.
            record.Profiles[decision.Id] = (record.Profiles.GetValueOrDefault(decision.Id) ?? new SyncRecordEntry { File = local.File, Hash = string.Empty, Etag = string.Empty }) with
            {
                ConflictEtag = remoteEtag,
                ConflictLocalHash = local.Hash,
            };
        }

        return new SyncItem(decision.Id, SyncAction.Conflict, local.File, $"changed on both sides: yours is {local.File}, the registry's is saved as {copy}; edit {local.File} to the version to keep and sync again");
    }

    private void Agree(string id, string file, string hash, string etag)
    {
        folder.RemoveRemoteCopy(file); // the conflict it recorded, if any, is resolved
        lock (gate)
        {
            record.Profiles[id] = new SyncRecordEntry { File = file, Hash = hash, Etag = etag };
            if (++sinceSave >= 50)
            {
                TrySaveLocked(); // an unsaved record only costs requests next time; saved again at the end
            }
        }
    }

    /// <summary>Writes the record; returns why it could not, or <see langword="null"/>.</summary>
    private string? TrySave()
    {
        lock (gate)
        {
            return TrySaveLocked();
        }
    }

    private string? TrySaveLocked()
    {
        try
        {
            record.Save(folder.Path);
            sinceSave = 0;
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Id}: {Action} {Detail}")]
    private static partial void LogItem(ILogger logger, string id, SyncAction action, string? detail);
}
