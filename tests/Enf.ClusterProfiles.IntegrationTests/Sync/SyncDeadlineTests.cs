using System.Diagnostics;
using System.Text.Json;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.Sync;
using Enf.ClusterProfiles.IntegrationTests.Console;
using Enf.ClusterProfiles.Tests.TestData;
using Microsoft.Extensions.DependencyInjection;

namespace Enf.ClusterProfiles.IntegrationTests.Sync;

/// <summary>
/// Every registry call ends within its deadline, the answer's body included. Our own faults, on the loopback:
/// headers then silence, half a body then a closed connection, a request never answered, one byte a second.
/// Short timeouts keep the tests short; the defaults (10 s a try, 60 s a call) behave the same, only slower.
/// </summary>
public sealed class SyncDeadlineTests : IDisposable
{
    // A generous margin for process start-up on a busy machine: the defect it guards against waited 200 s.
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(30);

    private readonly string folder = Directory.CreateTempSubdirectory("cluster-deadlines-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void WriteProfiles(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var profile = ClusterProfileBuilder.Full() with { Id = $"cluster-{i:D3}", Name = $"Cluster {i}" };
            File.WriteAllText(Path.Combine(folder, $"cluster-{i:D3}.json"), ClusterProfileJson.Serialize(profile));
        }
    }

    [Theory]
    [InlineData("headers-then-silence")]
    [InlineData("half-body")]
    [InlineData("no-answer")]
    [InlineData("one-byte-a-second")]
    public async Task The_sync_command_ends_within_its_timeout_with_exit_2_and_says_why(string fault)
    {
        WriteProfiles(3);
        await using var server = await RegistryServer.StartAsync(faultRate: 1, faultKinds: fault);
        var clock = Stopwatch.StartNew();

        var run = await ConsoleRunner.RunAsync(
            ["sync", folder, "--registry", server.Address.ToString(), "--timeout", "2", "--attempt-timeout", "0.5", "--format", "json"],
            environment: new Dictionary<string, string> { ["CLUSTER_REGISTRY_TOKEN"] = RegistryServer.Token });

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(2) + Margin);
        Assert.Equal(2, run.ExitCode);
        var error = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("cluster-profiles: the sync could not run: listing the profiles, no complete answer from the registry within ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("200 OK", error, StringComparison.Ordinal);
        using var output = JsonDocument.Parse(run.Output);
        Assert.False(output.RootElement.GetProperty("agreed").GetBoolean());
    }

    [Theory]
    [InlineData("headers-then-silence")]
    [InlineData("half-body")]
    [InlineData("no-answer")]
    [InlineData("one-byte-a-second")]
    public async Task When_retries_run_out_the_message_gives_the_deadline_and_the_tries(string fault)
    {
        WriteProfiles(1);
        await using var server = await RegistryServer.StartAsync(faultRate: 1, faultKinds: fault);
        await using var services = server.ClientServices(configure: o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(300);
            o.TotalTimeout = TimeSpan.FromSeconds(30);
            o.MaxRetryAttempts = 3;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
            o.MaxRetryDelay = TimeSpan.FromMilliseconds(20);
        });
        var clock = Stopwatch.StartNew();

        var result = await services.GetRequiredService<SyncEngine>().SyncAsync(folder);

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(4 * 0.3) + Margin);
        Assert.StartsWith("listing the profiles, no complete answer from the registry within 0.3 s, 4 tries", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Items);
    }

    [Fact]
    public async Task A_registry_that_stops_answering_midway_stops_the_sync_within_a_call_deadline()
    {
        WriteProfiles(40);
        await using var server = await RegistryServer.StartAsync();

        // The listing is answered; every later call stalls until its deadline.
        await using var services = server.ClientServices(
            configure: o =>
            {
                o.AttemptTimeout = TimeSpan.FromSeconds(2); // the listing must get through on a busy machine
                o.TotalTimeout = TimeSpan.FromSeconds(4);
            },
            innerHandler: () => new StallAfterListing());
        var clock = Stopwatch.StartNew();

        var result = await services.GetRequiredService<SyncEngine>().SyncAsync(folder, new SyncOptions { MaxConcurrency = 4 });

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(4) + Margin);
        Assert.StartsWith("the registry stopped answering (no complete answer from the registry within 4 s in all", result.Error, StringComparison.Ordinal);
        Assert.Equal(40, result.Count(SyncAction.Failed));
        Assert.Contains(result.Items, i => i.Detail!.StartsWith("not tried: the registry stopped answering", StringComparison.Ordinal));
        Assert.Null(await SyncFaultTests.RemoteContentOrNullAsync(server, "cluster-039"));
    }

    [Fact]
    public async Task A_success_whose_JSON_is_cut_short_is_tried_again()
    {
        WriteProfiles(2);
        await using var server = await RegistryServer.StartAsync();
        var cut = new CutFirstListing();
        await using var services = server.ClientServices(innerHandler: () => cut);

        var result = await services.GetRequiredService<SyncEngine>().SyncAsync(folder);

        Assert.True(result.Agreed, Describe(result));
        Assert.Equal(2, result.Count(SyncAction.Create));
        Assert.Equal(2, cut.Listings);
    }

    // The first listing answers 200 with half its JSON (and a Content-Length that matches it, so only the JSON tells).
    private sealed class CutFirstListing : DelegatingHandler
    {
        private int listings;

        public int Listings => listings;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (request.RequestUri!.AbsolutePath == "/api/v1/profiles" && Interlocked.Increment(ref listings) == 1)
            {
                var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                var half = new ByteArrayContent(body[..(body.Length / 2)]);
                half.Headers.ContentType = response.Content.Headers.ContentType;
                response.Content = half;
            }

            return response;
        }
    }

    private sealed class StallAfterListing : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method != HttpMethod.Get || request.RequestUri!.AbsolutePath != "/api/v1/profiles")
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }

    [Fact]
    public async Task With_stalled_answers_on_3_percent_of_requests_200_profiles_converge_without_duplicates_or_false_conflicts()
    {
        WriteProfiles(200);
        await using var server = await RegistryServer.StartAsync(faultRate: 0.03, faultKinds: "stalls");
        await using var services = server.ClientServices(configure: o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(1);
            o.TotalTimeout = TimeSpan.FromSeconds(20);
        });
        var engine = services.GetRequiredService<SyncEngine>();

        var first = await engine.SyncAsync(folder, new SyncOptions { MaxConcurrency = 8 });

        Assert.True(first.Agreed, Describe(first));
        Assert.Equal(200, first.Count(SyncAction.Create));
        Assert.Equal(SyncFaultTests.LocalContent(folder), await SyncFaultTests.RemoteContentAsync(server));

        // Edits on each side, carried across through the same faults: no conflict, no duplicate.
        for (var i = 0; i < 20; i++)
        {
            var path = Path.Combine(folder, $"cluster-{i:D3}.json");
            File.WriteAllText(path, ClusterProfileJson.Serialize(ClusterProfileJson.Deserialize(File.ReadAllText(path)) with { City = "Kuopio" }));
        }

        var second = await engine.SyncAsync(folder, new SyncOptions { MaxConcurrency = 8 });

        Assert.True(second.Agreed, Describe(second));
        Assert.Equal((20, 180, 0), (second.Count(SyncAction.Update), second.Count(SyncAction.Skip), second.Count(SyncAction.Conflict)));
        Assert.Equal(SyncFaultTests.LocalContent(folder), await SyncFaultTests.RemoteContentAsync(server));
        Assert.Equal(200, (await engine.SyncAsync(folder, new SyncOptions { MaxConcurrency = 8 })).Count(SyncAction.Skip));
    }

    private static string Describe(SyncResult result) =>
        $"{result.Error} " + string.Join("; ", result.Items.Where(i => i.Action is not (SyncAction.Create or SyncAction.Update or SyncAction.Skip)).Select(i => $"{i.Id} {i.Action} {i.Detail}"));
}
