using System.Net;
using System.Text;
using System.Text.Json;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Json;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.Registry.Contracts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Refit;

namespace Enf.ClusterProfiles.Sync;

/// <summary>
/// Makes a folder of profiles (one <c>.json</c> file each) and a registry agree without losing an edit on
/// either side: creates what is only local, pulls what is only remote, carries a one-sided change across,
/// and reports a two-sided change as a conflict with both versions kept. It plans first, then applies with
/// bounded concurrency; what it remembers between runs (<see cref="SyncState"/>) is written atomically, so a
/// run that is interrupted is finished by the next.
/// </summary>
public sealed partial class SyncEngine
{
    /// <summary>The ending of the remote copy saved beside a local file in a conflict; neither sync nor check reads it.</summary>
    public const string RemoteCopySuffix = ".remote";

    private static readonly string IdPattern = Catalog.FieldCatalog.Version1["id"].Constraints.Pattern!;

    private readonly IClusterRegistryApi api;
    private readonly string registry;
    private readonly ProfileAssessor assessor;
    private readonly ILogger<SyncEngine> logger;

    /// <summary>Creates an engine.</summary>
    /// <param name="api">The registry client.</param>
    /// <param name="clientOptions">The client options; the base address names the registry in the sync state.</param>
    /// <param name="logger">Where progress is logged (never the token).</param>
    /// <param name="assessor">Validates local profiles before they are pushed; the spec's defaults when <see langword="null"/>.</param>
    public SyncEngine(IClusterRegistryApi api, IOptions<ClusterRegistryClientOptions> clientOptions, ILogger<SyncEngine>? logger = null, ProfileAssessor? assessor = null)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(clientOptions);
        this.api = api;
        registry = clientOptions.Value.BaseAddress?.ToString() ?? string.Empty;
        this.logger = logger ?? NullLogger<SyncEngine>.Instance;
        this.assessor = assessor ?? new ProfileAssessor();
    }

    /// <summary>Synchronises a folder with the registry.</summary>
    /// <param name="folder">The folder of profiles.</param>
    /// <param name="options">Dry run, push only, concurrency.</param>
    /// <param name="progress">Told of each profile's outcome as it happens.</param>
    /// <param name="cancellationToken">Stops the sync; what was done is remembered.</param>
    /// <returns>Every profile's outcome; <see cref="SyncResult.Error"/> when the sync could not run at all.</returns>
    public async Task<SyncResult> SyncAsync(string folder, SyncOptions? options = null, IProgress<SyncItem>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        options ??= new SyncOptions();
        if (!Directory.Exists(folder))
        {
            return Failed(options, $"the folder '{folder}' does not exist.");
        }

        LogStart(logger, folder, registry, options.DryRun);
        var (locals, owners) = await ReadLocalAsync(folder, cancellationToken).ConfigureAwait(false);

        Dictionary<string, ProfileListItem> remote;
        try
        {
            remote = await ListRemoteAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (RegistryUnavailableException e)
        {
            LogUnavailable(logger, e.Message);
            return Failed(options, e.Message);
        }

        var state = SyncState.Load(folder, registry);
        var run = new Run(this, folder, options, state, owners, progress);
        var work = new List<Func<Task<SyncItem>>>();
        foreach (var id in locals.Keys.Union(remote.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var local = locals.GetValueOrDefault(id);
            var item = remote.GetValueOrDefault(id);
            work.Add(() => run.DecideAndApplyAsync(id, local, item, cancellationToken));
        }

        var items = new SyncItem[work.Count];
        try
        {
            await Parallel.ForEachAsync(
                Enumerable.Range(0, work.Count),
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxConcurrency), CancellationToken = cancellationToken },
                async (index, _) => items[index] = await work[index]().ConfigureAwait(false)).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            run.TrySaveState(); // what was done is remembered, so the next run finishes the job
            throw;
        }

        var saveError = options.DryRun ? null : run.TrySaveState();
        return new SyncResult
        {
            DryRun = options.DryRun,
            Items = items,
            Error = saveError is null ? null : $"the sync record could not be written ({saveError}); the next sync will compare contents again.",
        };
    }

    // What a response says for a message: its status, or that no answer came (Refit reports a transport failure without a status).
    private static string Describe(IApiResponse response) => response.StatusCode is { } status
        ? $"answered {(int)status} {status}"
        : $"cannot be reached: {response.Error?.InnerException?.Message ?? response.Error?.Message}";

    private static SyncResult Failed(SyncOptions options, string error) =>
        new() { DryRun = options.DryRun, Items = [], Error = error };

    // The folder's profiles by id (or by file name when a file has no usable id), and which id each file holds
    // ("" for a file that cannot be read), so that a pull never writes over a file that holds something else.
    private async Task<(Dictionary<string, Local> Locals, Dictionary<string, string> Owners)> ReadLocalAsync(string folder, CancellationToken cancellationToken)
    {
        var byId = new Dictionary<string, Local>(StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var duplicates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            var document = await ProfileDocument.ReadFileAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
            var assessment = assessor.Assess(document);
            var id = document.Profile?.Id;
            var errors = assessment.Issues.Where(i => i.Severity == IssueSeverity.Error)
                .Select(RegistryIssue.From)
                .ToList();
            var key = assessment.Valid || (id is not null && document.Profile is not null && !errors.Any(e => e.Path == "id")) ? id! : file;
            owners[file] = id ?? string.Empty;
            var local = new Local(file, assessment.Valid ? document.Profile : null, assessment.Valid ? ContentHash.Of(document.Profile!) : null, errors);
            if (!byId.TryAdd(key, local))
            {
                duplicates.Add(key);
            }
        }

        foreach (var id in duplicates)
        {
            byId[id] = byId[id] with
            {
                Profile = null,
                Hash = null,
                Issues = [new RegistryIssue("sync.duplicateId", "error", "id", $"Two or more files in the folder hold the id '{id}'; keep one.")],
            };
        }

        return (byId, owners);
    }

    private async Task<Dictionary<string, ProfileListItem>> ListRemoteAsync(CancellationToken cancellationToken)
    {
        var remote = new Dictionary<string, ProfileListItem>(StringComparer.Ordinal);
        var seenTokens = new HashSet<string>(StringComparer.Ordinal);
        string? token = null;
        do
        {
            IApiResponse<ProfileListPage> page;
            try
            {
                page = await api.ListAsync(500, token, null, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException or ApiException)
            {
                throw new RegistryUnavailableException($"the registry cannot be reached: {e.Message}", e);
            }

            if (!page.IsSuccessStatusCode || page.Content is null)
            {
                throw new RegistryUnavailableException(page.StatusCode == HttpStatusCode.Unauthorized
                    ? "the registry refused the token (401): check --token or CLUSTER_REGISTRY_TOKEN."
                    : $"listing the profiles, the registry {Describe(page)}.");
            }

            foreach (var item in page.Content.Items)
            {
                // Ids become file names: take only what the profile format allows.
                if (!System.Text.RegularExpressions.Regex.IsMatch(item.Id ?? string.Empty, IdPattern))
                {
                    throw new RegistryUnavailableException($"the registry listed an id that is not a valid profile id: '{item.Id}'.");
                }

                remote[item.Id!] = item;
            }

            if (page.Content.NextPageToken is { } next && !seenTokens.Add(next))
            {
                throw new RegistryUnavailableException("the registry repeated a page token; the listing would never end.");
            }

            token = page.Content.NextPageToken;
        }
        while (token is not null);

        return remote;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sync of {Folder} with {Registry} (dry run: {DryRun})")]
    private static partial void LogStart(ILogger logger, string folder, string registry, bool dryRun);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sync could not run: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Id}: {Action} {Detail}")]
    private static partial void LogItem(ILogger logger, string id, SyncAction action, string? detail);

    /// <summary>A local file: its profile and hash when valid, its errors when not.</summary>
    private sealed record Local(string File, ClusterProfile? Profile, string? Hash, IReadOnlyList<RegistryIssue> Issues);

    private sealed class RegistryUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

    /// <summary>One sync run: decides and applies per profile, and keeps the state.</summary>
    private sealed class Run(SyncEngine engine, string folder, SyncOptions options, SyncState state, Dictionary<string, string> owners, IProgress<SyncItem>? progress)
    {
        private readonly object gate = new();
        private int sinceSave;

        public async Task<SyncItem> DecideAndApplyAsync(string id, Local? local, ProfileListItem? remote, CancellationToken cancellationToken)
        {
            SyncItem item;
            try
            {
                item = await DecideAsync(id, local, remote, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException or ApiException or IOException or UnauthorizedAccessException)
            {
                item = new SyncItem(id, SyncAction.Failed, local?.File, $"{e.GetType().Name}: {e.Message}");
            }

            LogItem(engine.logger, id, item.Action, item.Detail);
            progress?.Report(item);
            return item;
        }

        /// <summary>Writes the record; returns why it could not, or <see langword="null"/>.</summary>
        public string? TrySaveState()
        {
            lock (gate)
            {
                try
                {
                    state.Save(folder);
                    sinceSave = 0;
                    return null;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return e.Message;
                }
            }
        }

        private async Task<SyncItem> DecideAsync(string id, Local? local, ProfileListItem? remote, CancellationToken cancellationToken)
        {
            if (local is { Profile: null })
            {
                return new SyncItem(id, SyncAction.Invalid, local.File, "fails validation; not pushed, and not overwritten from the registry") { Issues = local.Issues };
            }

            StateEntry(id, out var known);
            if (local is null)
            {
                if (options.PushOnly)
                {
                    return new SyncItem(id, SyncAction.Skip, null, "only in the registry; not pulled (push only)");
                }

                if (known is not null && owners.TryGetValue(known.File, out var owner) && owner.Length == 0)
                {
                    // The file that held this profile cannot be read now (an edit in progress?): leave it alone.
                    return new SyncItem(id, SyncAction.Skip, known.File, $"not pulled: {known.File}, which held this profile, cannot be read; fix it and sync again");
                }

                return await PullAsync(id, null, FreeFileFor(id, known?.File), cancellationToken).ConfigureAwait(false);
            }

            if (remote is null)
            {
                return await CreateAsync(id, local, cancellationToken).ConfigureAwait(false);
            }

            var localChanged = known is null || known.Hash != local.Hash;
            var remoteChanged = known is null || known.Etag != remote.Etag;
            if (!localChanged && !remoteChanged)
            {
                return new SyncItem(id, SyncAction.Skip, local.File);
            }

            if (localChanged && !remoteChanged)
            {
                return await UpdateAsync(id, local, remote.Etag, cancellationToken).ConfigureAwait(false);
            }

            if (!localChanged && remoteChanged)
            {
                return options.PushOnly
                    ? new SyncItem(id, SyncAction.Skip, local.File, "changed in the registry; not pulled (push only)")
                    : await PullAsync(id, local, local.File, cancellationToken).ConfigureAwait(false);
            }

            // Both sides differ from the last agreement. A conflict already reported and since edited locally
            // (while the registry stayed as it was) is the user's resolution: push it.
            if (known?.ConflictEtag == remote.Etag)
            {
                return known.ConflictLocalHash == local.Hash
                    ? new SyncItem(id, SyncAction.Conflict, local.File, $"still unresolved: edit {local.File} to the version to keep (the registry's is in {local.File}{RemoteCopySuffix})")
                    : await UpdateAsync(id, local, remote.Etag, cancellationToken).ConfigureAwait(false);
            }

            var current = await engine.api.GetAsync(id, cancellationToken).ConfigureAwait(false);
            if (!current.IsSuccessStatusCode || current.Content is null)
            {
                return new SyncItem(id, SyncAction.Failed, local.File, $"reading it, the registry {Describe(current)}");
            }

            var etag = current.Headers.ETag?.ToString() ?? remote.Etag;
            if (ContentHash.Of(current.Content) == local.Hash)
            {
                Agree(id, local.File, local.Hash!, etag);
                return new SyncItem(id, SyncAction.Skip, local.File, known is null ? "same content on both sides" : null);
            }

            return Conflict(id, local, current.Content, etag, known);
        }

        private async Task<SyncItem> CreateAsync(string id, Local local, CancellationToken cancellationToken)
        {
            if (options.DryRun)
            {
                return new SyncItem(id, SyncAction.Create, local.File);
            }

            var response = await engine.api.PutAsync(id, local.Profile!, null, "*", cancellationToken).ConfigureAwait(false);
            return await AfterWriteAsync(id, local, SyncAction.Create, response, cancellationToken).ConfigureAwait(false);
        }

        private async Task<SyncItem> UpdateAsync(string id, Local local, string etag, CancellationToken cancellationToken)
        {
            if (options.DryRun)
            {
                return new SyncItem(id, SyncAction.Update, local.File);
            }

            var response = await engine.api.PutAsync(id, local.Profile!, etag, null, cancellationToken).ConfigureAwait(false);
            return await AfterWriteAsync(id, local, SyncAction.Update, response, cancellationToken).ConfigureAwait(false);
        }

        private async Task<SyncItem> AfterWriteAsync(string id, Local local, SyncAction action, IApiResponse response, CancellationToken cancellationToken)
        {
            if (response.IsSuccessStatusCode && response.Headers.ETag is { } written)
            {
                Agree(id, local.File, local.Hash!, written.ToString());
                return new SyncItem(id, action, local.File);
            }

            if (response.StatusCode == HttpStatusCode.PreconditionFailed)
            {
                // Either a retry whose first attempt was written but whose answer was lost, or a real concurrent change.
                var current = await engine.api.GetAsync(id, cancellationToken).ConfigureAwait(false);
                if (current.IsSuccessStatusCode && current.Content is not null)
                {
                    var etag = current.Headers.ETag?.ToString() ?? string.Empty;
                    if (ContentHash.Of(current.Content) == local.Hash)
                    {
                        Agree(id, local.File, local.Hash!, etag);
                        return new SyncItem(id, action, local.File);
                    }

                    StateEntry(id, out var known);
                    return Conflict(id, local, current.Content, etag, known);
                }
            }

            if (response.StatusCode == HttpStatusCode.UnprocessableEntity)
            {
                var problem = Problem(response);
                return new SyncItem(id, SyncAction.Invalid, local.File, $"refused by the registry: {problem?.Detail ?? problem?.Title}") { Issues = problem?.Issues ?? [] };
            }

            return new SyncItem(id, SyncAction.Failed, local.File, $"the registry {Describe(response)}");
        }

        // Pulls into a file: a new one, or the profile's own file when it still holds what was last agreed.
        private async Task<SyncItem> PullAsync(string id, Local? local, string file, CancellationToken cancellationToken)
        {
            var response = await engine.api.GetAsync(id, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode || response.Content is null)
            {
                return new SyncItem(id, SyncAction.Failed, file, $"reading it, the registry {Describe(response)}");
            }

            if (response.Content.Id != id)
            {
                return new SyncItem(id, SyncAction.Failed, file, $"the registry answered for '{id}' with a profile whose id is '{response.Content.Id}'");
            }

            if (options.DryRun)
            {
                return new SyncItem(id, SyncAction.Pull, file);
            }

            var path = Path.Combine(folder, file);
            if (local is not null && await ChangedSinceReadAsync(path, local.Hash!, cancellationToken).ConfigureAwait(false))
            {
                // Edited while the sync ran: keep the edit, and the registry's version beside it.
                StateEntry(id, out var known);
                return Conflict(id, local, response.Content, response.Headers.ETag?.ToString() ?? string.Empty, known);
            }

            AtomicFile.Write(path, Encoding.UTF8.GetBytes(ClusterProfileJson.Serialize(response.Content) + "\n"));
            Agree(id, file, ContentHash.Of(response.Content), response.Headers.ETag?.ToString() ?? string.Empty);
            return new SyncItem(id, SyncAction.Pull, file);
        }

        private static async Task<bool> ChangedSinceReadAsync(string path, string hash, CancellationToken cancellationToken)
        {
            var document = await ProfileDocument.ReadFileAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
            return document.Profile is null || ContentHash.Of(document.Profile) != hash;
        }

        // A file for a profile pulled from the registry that overwrites nothing: the file it had, if that is free,
        // else <id>.json, else <id>-2.json, …
        private string FreeFileFor(string id, string? previous)
        {
            lock (gate)
            {
                bool Free(string name) => !owners.ContainsKey(name) && !File.Exists(Path.Combine(folder, name));
                var chosen = previous is not null && Free(previous) ? previous
                    : Free($"{id}.json") ? $"{id}.json"
                    : Enumerable.Range(2, int.MaxValue - 2).Select(n => $"{id}-{n}.json").First(Free);
                owners[chosen] = id;
                return chosen;
            }
        }

        private SyncItem Conflict(string id, Local local, ClusterProfile remoteProfile, string remoteEtag, SyncStateEntry? known)
        {
            var copy = local.File + RemoteCopySuffix;
            if (!options.DryRun)
            {
                AtomicFile.Write(Path.Combine(folder, copy), Encoding.UTF8.GetBytes(ClusterProfileJson.Serialize(remoteProfile) + "\n"));
                lock (gate)
                {
                    // Remember the conflict but not a new agreement: both sides keep their versions.
                    state.Profiles[id] = (known ?? new SyncStateEntry { File = local.File, Hash = string.Empty, Etag = string.Empty }) with
                    {
                        ConflictEtag = remoteEtag,
                        ConflictLocalHash = local.Hash,
                    };
                }
            }

            return new SyncItem(id, SyncAction.Conflict, local.File, $"changed on both sides: yours is {local.File}, the registry's is saved as {copy}; edit {local.File} to the version to keep and sync again");
        }

        private void StateEntry(string id, out SyncStateEntry? entry)
        {
            lock (gate)
            {
                entry = state.Profiles.GetValueOrDefault(id);
            }
        }

        private void Agree(string id, string file, string hash, string etag)
        {
            if (options.DryRun)
            {
                return;
            }

            var copy = Path.Combine(folder, file + RemoteCopySuffix);
            if (File.Exists(copy))
            {
                File.Delete(copy); // the conflict it recorded is resolved
            }

            lock (gate)
            {
                state.Profiles[id] = new SyncStateEntry { File = file, Hash = hash, Etag = etag };
                if (++sinceSave >= 50)
                {
                    try
                    {
                        state.Save(folder);
                        sinceSave = 0;
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        // Saved again at the end; an unsaved record only costs requests next time.
                    }
                }
            }
        }

        private static RegistryProblem? Problem(IApiResponse response)
        {
            try
            {
                return response.Error is ApiException { Content: { } content } ? JsonSerializer.Deserialize(content, RegistryJsonContext.Default.RegistryProblem) : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}
