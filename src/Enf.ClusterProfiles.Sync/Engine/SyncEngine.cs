using Enf.ClusterProfiles.Assessment;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Enf.ClusterProfiles.Sync;

/// <summary>
/// Makes a folder of profiles (one <c>.json</c> file each) and a registry agree without losing an edit on
/// either side: creates what is only local, pulls what is only remote, carries a one-sided change across,
/// and reports a two-sided change as a conflict with both versions kept. It reads the folder, the registry's
/// listing and the sync record, plans every profile's action, and then (unless it is a dry run, which prints
/// the plan and stops) carries the plan out with bounded concurrency; the record is written atomically, so a
/// run that is interrupted is finished by the next.
/// </summary>
public sealed partial class SyncEngine
{
    /// <summary>The ending of the registry's copy saved beside a local file in a conflict; neither sync nor check reads it.</summary>
    public const string RemoteCopySuffix = LocalFolder.RemoteCopySuffix;

    private readonly RegistryCalls registry;
    private readonly string registryAddress;
    private readonly ProfileAssessor assessor;
    private readonly ILogger<SyncEngine> logger;

    /// <summary>Creates an engine.</summary>
    /// <param name="api">The registry client.</param>
    /// <param name="clientOptions">The client options; the base address names the registry in the sync record.</param>
    /// <param name="logger">Where progress is logged (never the token).</param>
    /// <param name="assessor">Validates local profiles before they are pushed; the spec's defaults when <see langword="null"/>.</param>
    public SyncEngine(IClusterRegistryApi api, IOptions<ClusterRegistryClientOptions> clientOptions, ILogger<SyncEngine>? logger = null, ProfileAssessor? assessor = null)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(clientOptions);
        registry = new RegistryCalls(api, clientOptions.Value);
        registryAddress = clientOptions.Value.BaseAddress?.ToString() ?? string.Empty;
        this.logger = logger ?? NullLogger<SyncEngine>.Instance;
        this.assessor = assessor ?? new ProfileAssessor();
    }

    /// <summary>Synchronises a folder with the registry.</summary>
    /// <param name="folder">The folder of profiles.</param>
    /// <param name="options">Dry run, push only, concurrency.</param>
    /// <param name="progress">Told of each profile's outcome as it happens.</param>
    /// <param name="cancellationToken">Stops the sync; what was done is remembered.</param>
    /// <returns>Every profile's outcome (in a dry run, its planned action); <see cref="SyncResult.Error"/> when the sync could not run, or stopped.</returns>
    public async Task<SyncResult> SyncAsync(string folder, SyncOptions? options = null, IProgress<SyncItem>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        options ??= new SyncOptions();
        if (!Directory.Exists(folder))
        {
            return Failed(options, $"the folder '{folder}' does not exist.");
        }

        LogStart(logger, folder, registryAddress, options.DryRun);
        var local = await LocalFolder.ReadAsync(folder, assessor, cancellationToken).ConfigureAwait(false);
        IReadOnlyDictionary<string, Registry.Contracts.ProfileListItem> remote;
        try
        {
            remote = await registry.ListAllAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (RegistryUnavailableException e)
        {
            LogUnavailable(logger, e.Message);
            return Failed(options, $"listing the profiles, {e.Message}.");
        }
        catch (SyncCannotRunException e)
        {
            LogUnavailable(logger, e.Message);
            return Failed(options, e.Message);
        }

        var record = SyncRecord.Load(folder, registryAddress);
        var plan = SyncPlanner.Plan(local.Profiles, local.Owners, remote, record.Profiles, options.PushOnly);
        if (options.DryRun)
        {
            // Plan, print, stop: nothing is read beyond the listing, nothing is written.
            var items = plan.Select(d => d.ToItem()).ToList();
            foreach (var item in items)
            {
                progress?.Report(item);
            }

            return new SyncResult { DryRun = true, Items = items };
        }

        var executor = new SyncExecutor(registry, local, record, logger, progress);
        var result = await executor.RunAsync(plan, options.MaxConcurrency, cancellationToken).ConfigureAwait(false);
        if (result.Error is not null)
        {
            LogUnavailable(logger, result.Error);
        }

        return result;
    }

    private static SyncResult Failed(SyncOptions options, string error) =>
        new() { DryRun = options.DryRun, Items = [], Error = error };

    [LoggerMessage(Level = LogLevel.Information, Message = "Sync of {Folder} with {Registry} (dry run: {DryRun})")]
    private static partial void LogStart(ILogger logger, string folder, string registry, bool dryRun);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sync could not run, or stopped: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string reason);
}
