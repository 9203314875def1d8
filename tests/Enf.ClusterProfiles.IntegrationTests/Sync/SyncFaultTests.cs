using System.Net;
using System.Text.Json;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.Sync;
using Enf.ClusterProfiles.Tests.TestData;
using Microsoft.Extensions.DependencyInjection;

namespace Enf.ClusterProfiles.IntegrationTests.Sync;

/// <summary>
/// Sync over a flaky network: the registry's fault injector fails a third of the requests (503 with
/// Retry-After, resets, late answers, answers lost after the write), and a sync is killed midway.
/// </summary>
public sealed class SyncFaultTests : IDisposable
{
    private const int ProfileCount = 200;
    private readonly string folder = Directory.CreateTempSubdirectory("cluster-faults-").FullName;

    public SyncFaultTests()
    {
        for (var i = 0; i < ProfileCount; i++)
        {
            var profile = ClusterProfileBuilder.Full() with { Id = $"cluster-{i:D3}", Name = $"Cluster {i}" };
            File.WriteAllText(Path.Combine(folder, $"cluster-{i:D3}.json"), ClusterProfileJson.Serialize(profile));
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>One profile's content in the registry, or null when it holds none.</summary>
    internal static async Task<string?> RemoteContentOrNullAsync(RegistryServer server, string id)
    {
        using var client = server.RawClient();
        client.Timeout = TimeSpan.FromSeconds(3); // a stalled answer is tried again
        var response = await RetryAsync(() => client.GetAsync($"/api/v1/profiles/{id}"));
        return response.StatusCode == HttpStatusCode.NotFound ? null : await response.Content.ReadAsStringAsync();
    }

    /// <summary>Every profile's canonical content in the registry, by id.</summary>
    internal static async Task<Dictionary<string, string>> RemoteContentAsync(RegistryServer server)
    {
        // Read through a fault-free path: the contents, straight from the registry's own store.
        using var client = server.RawClient();
        client.Timeout = TimeSpan.FromSeconds(3); // a stalled answer is tried again
        var contents = new Dictionary<string, string>();
        string? token = null;
        do
        {
            var page = await RetryAsync(() => client.GetAsync($"/api/v1/profiles?pageSize=500{(token is null ? string.Empty : "&pageToken=" + Uri.EscapeDataString(token))}"));
            using var json = JsonDocument.Parse(await page.Content.ReadAsStringAsync());
            foreach (var item in json.RootElement.GetProperty("items").EnumerateArray())
            {
                var id = item.GetProperty("id").GetString()!;
                var profile = await RetryAsync(() => client.GetAsync($"/api/v1/profiles/{id}"));
                contents.Add(id, ClusterProfileJson.Serialize(ClusterProfileJson.Deserialize(await profile.Content.ReadAsStringAsync())));
            }

            token = json.RootElement.GetProperty("nextPageToken").GetString();
        }
        while (token is not null);

        return contents;
    }

    private static async Task<HttpResponseMessage> RetryAsync(Func<Task<HttpResponseMessage>> send)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var response = await send();
                if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound || attempt > 50)
                {
                    return response;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && attempt < 50)
            {
            }
        }
    }

    private Dictionary<string, string> LocalContent() => LocalContent(folder);

    /// <summary>Every profile's canonical content in a folder, by file name without .json.</summary>
    internal static Dictionary<string, string> LocalContent(string folder) =>
        Directory.GetFiles(folder, "*.json").ToDictionary(
            f => Path.GetFileNameWithoutExtension(f),
            f => ClusterProfileJson.Serialize(ClusterProfileJson.Deserialize(File.ReadAllText(f))));

    [Fact]
    public async Task With_a_third_of_requests_failing_200_profiles_still_end_in_agreement_without_duplicates_or_false_conflicts()
    {
        await using var server = await RegistryServer.StartAsync(faultRate: 1.0 / 3);
        await using var services = server.ClientServices();

        var result = await services.GetRequiredService<SyncEngine>().SyncAsync(folder, new SyncOptions { MaxConcurrency = 8 });

        Assert.True(result.Agreed, string.Join("; ", result.Items.Where(i => i.Action != SyncAction.Create).Select(i => $"{i.Id} {i.Action} {i.Detail}")));
        Assert.Equal(ProfileCount, result.Count(SyncAction.Create));
        Assert.Equal(LocalContent(), await RemoteContentAsync(server));

        var again = await services.GetRequiredService<SyncEngine>().SyncAsync(folder);
        Assert.Equal(ProfileCount, again.Count(SyncAction.Skip));
    }

    [Fact]
    public async Task A_sync_killed_midway_and_run_again_converges()
    {
        await using var server = await RegistryServer.StartAsync(faultRate: 0.1);
        await using var services = server.ClientServices();
        using var kill = new CancellationTokenSource();
        var done = 0;
        var progress = new SynchronousProgress(_ =>
        {
            if (Interlocked.Increment(ref done) == 60)
            {
                kill.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            services.GetRequiredService<SyncEngine>().SyncAsync(folder, new SyncOptions { MaxConcurrency = 4 }, progress, kill.Token));
        Assert.InRange((await RemoteContentAsync(server)).Count, 60, ProfileCount - 1);

        var finished = await services.GetRequiredService<SyncEngine>().SyncAsync(folder);

        Assert.True(finished.Agreed, string.Join("; ", finished.Items.Where(i => i.Action is not (SyncAction.Create or SyncAction.Skip)).Select(i => $"{i.Id} {i.Action} {i.Detail}")));
        Assert.Equal(0, finished.Count(SyncAction.Conflict));
        Assert.Equal(LocalContent(), await RemoteContentAsync(server));
        Assert.Equal(ProfileCount, (await services.GetRequiredService<SyncEngine>().SyncAsync(folder)).Count(SyncAction.Skip));
    }

    private sealed class SynchronousProgress(Action<SyncItem> report) : IProgress<SyncItem>
    {
        public void Report(SyncItem value) => report(value);
    }
}
