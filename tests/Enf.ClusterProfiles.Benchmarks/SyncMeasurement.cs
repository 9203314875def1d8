using System.Diagnostics;
using Enf.ClusterProfiles.Registry;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.Sync;
using Enf.ClusterProfiles.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Enf.ClusterProfiles.Benchmarks;

/// <summary>
/// Sync of N profiles against the reference registry on 127.0.0.1: the first sync, a second one with nothing
/// changed (its requests counted), a first sync against a registry that fails a share of requests transiently
/// (503, resets, late and lost answers), and one against a registry that stalls a share of its answers
/// (headers then silence, half a body, no answer, one byte a second), each against the fault-free first sync.
/// </summary>
public static class SyncMeasurement
{
    public static async Task RunAsync(int count, double faultRate, double stallRate)
    {
        var root = Directory.CreateTempSubdirectory("cluster-sync-bench-").FullName;
        try
        {
            var folder = Path.Combine(root, "profiles");
            Directory.CreateDirectory(folder);
            var valid = new Assessment.ProfileAssessor();
            var written = 0;
            foreach (var profile in ProfileFaker.Generate(count * 2))
            {
                if (written == count)
                {
                    break;
                }

                if (valid.Assess(profile).Valid)
                {
                    await File.WriteAllTextAsync(Path.Combine(folder, $"{profile.Id}.json"), ClusterProfileJson.Serialize(profile));
                    written++;
                }
            }

            // A warm-up sync (not reported) pays for JIT compilation and first connections, so the first measured run is not
            // slower for being first; the fault-free first sync is measured before and after the faulty ones, and the
            // ratios are against their mean, so that drift on a shared machine shows and is shared out.
            await TimeSyncAsync(root, folder, 0, "warm-up");
            Directory.Delete(Path.Combine(folder, ".sync"), recursive: true);
            var (first, firstRequests) = await TimeSyncAsync(root, folder, 0, "clean");
            var (second, secondRequests) = await TimeSyncAsync(root, folder, 0, "clean", reuse: true);
            Directory.Delete(Path.Combine(folder, ".sync"), recursive: true);
            var (faulty, faultyRequests) = await TimeSyncAsync(root, folder, faultRate, "faulty");
            Directory.Delete(Path.Combine(folder, ".sync"), recursive: true);
            var (stalled, stalledRequests) = await TimeSyncAsync(root, folder, stallRate, "stalled", faultKinds: "stalls");
            Directory.Delete(Path.Combine(folder, ".sync"), recursive: true);
            var (again, _) = await TimeSyncAsync(root, folder, 0, "clean-again");
            var baseline = (first + again) / 2;

            Console.WriteLine($"| first sync of {written} profiles | {first.TotalSeconds:F2} s | {firstRequests} requests |");
            Console.WriteLine($"| the same, again at the end | {again.TotalSeconds:F2} s | mean of the two fault-free runs {baseline.TotalSeconds:F2} s |");
            Console.WriteLine($"| second sync, nothing changed | {second.TotalSeconds:F2} s | {secondRequests} requests (listing only) |");
            Console.WriteLine($"| first sync with {faultRate:P0} of requests failing | {faulty.TotalSeconds:F2} s | {faultyRequests} requests; {faulty / baseline:F2}× the fault-free time |");
            Console.WriteLine($"| first sync with {stallRate:P0} of answers stalled | {stalled.TotalSeconds:F2} s | {stalledRequests} requests; {stalled / baseline:F2}× the fault-free time |");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    private static WebApplication? registry;
    private static Uri? address;

    private static async Task<(TimeSpan Elapsed, int Requests)> TimeSyncAsync(string root, string folder, double faultRate, string name, bool reuse = false, string faultKinds = "classic")
    {
        if (!reuse)
        {
            if (registry is not null)
            {
                await registry.StopAsync();
                await registry.DisposeAsync();
            }

            registry = RegistryApp.Build(
                ["--urls", "http://127.0.0.1:0", "--token", "bench", "--data-dir", Path.Combine(root, name), "--fault-rate", faultRate.ToString(System.Globalization.CultureInfo.InvariantCulture), "--fault-kinds", faultKinds, "--fault-seed", "1"],
                builder => builder.Logging.ClearProviders());
            await registry.StartAsync();
            address = new Uri(registry.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        }

        var counter = new CountingHandler();
        var services = new ServiceCollection().AddLogging();
        services.AddClusterRegistryClient(o =>
        {
            o.BaseAddress = address;
            o.Token = "bench";
            o.AttemptTimeout = TimeSpan.FromSeconds(1);
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(50);
            o.MaxRetryDelay = TimeSpan.FromSeconds(1);
            o.MaxRetryAttempts = 12;
        }).AddHttpMessageHandler(() => counter);
        await using var provider = services.BuildServiceProvider();
        var watch = Stopwatch.StartNew();
        var result = await provider.GetRequiredService<SyncEngine>().SyncAsync(folder, new SyncOptions { MaxConcurrency = 8 });
        watch.Stop();
        if (!result.Agreed)
        {
            throw new InvalidOperationException($"The {name} sync did not end in agreement: {result.Error ?? string.Join("; ", result.Items.Where(i => i.Action is SyncAction.Conflict or SyncAction.Failed or SyncAction.Invalid).Take(5))}");
        }

        return (watch.Elapsed, counter.Count);
    }

    private sealed class CountingHandler : DelegatingHandler
    {
        private int count;

        public int Count => count;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref count);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
