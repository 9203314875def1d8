using System.Net;
using System.Text.Json;
using Enf.ClusterProfiles.IntegrationTests.Sync;
using Enf.ClusterProfiles.Registry;

namespace Enf.ClusterProfiles.IntegrationTests.Registry;

/// <summary>The registry's own faults: a 503 like every other error, and a sequence a seed repeats.</summary>
public sealed class FaultInjectorTests
{
    [Fact]
    public async Task A_503_fault_carries_a_problem_body_and_Retry_After()
    {
        await using var server = await RegistryServer.StartAsync(faultRate: 1, faultKinds: "503");
        using var client = server.RawClient();

        var response = await client.GetAsync("/api/v1/profiles");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_sequence_of_faults()
    {
        async Task<string> SequenceAsync(int seed)
        {
            await using var server = await RegistryServer.StartAsync(faultRate: 0.5, faultKinds: "503", faultSeed: seed);
            using var client = server.RawClient();
            var statuses = new List<int>();
            for (var i = 0; i < 40; i++)
            {
                statuses.Add((int)(await client.GetAsync("/api/v1/profiles")).StatusCode);
            }

            return string.Join(",", statuses);
        }

        var first = await SequenceAsync(7);

        Assert.Equal(first, await SequenceAsync(7));
        Assert.NotEqual(first, await SequenceAsync(8));
        Assert.Contains("503", first, StringComparison.Ordinal);
        Assert.Contains("200", first, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--fault-kinds", "sometimes", "--fault-kinds takes a comma-separated list of 503, reset, late, lost, headers-then-silence, half-body, no-answer, one-byte-a-second, classic, stalls, all; 'sometimes' is not.")]
    [InlineData("--fault-seed", "abc", "--fault-seed must be a whole number; 'abc' is not.")]
    public void A_bad_fault_option_stops_the_registry_with_a_clear_message(string option, string value, string message)
    {
        var data = Directory.CreateTempSubdirectory("cluster-registry-").FullName;
        try
        {
            var error = Assert.Throws<RegistryConfigurationException>(() => RegistryApp.Build(["--token", "t", "--data-dir", data, "--fault-rate", "0.1", option, value]));
            Assert.Equal(message, error.Message);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
