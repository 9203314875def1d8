using System.Text.Json;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.IntegrationTests.Sync;
using Enf.ClusterProfiles.Tests.TestData;

namespace Enf.ClusterProfiles.IntegrationTests.Console;

/// <summary>The console's sync command as a process, against the real registry on 127.0.0.1.</summary>
public sealed class SyncCommandTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("cluster-sync-cli-").FullName;
    private RegistryServer server = null!;

    public async Task InitializeAsync() => server = await RegistryServer.StartAsync();

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private Task<ConsoleRunner.Run> Sync(params string[] extra) =>
        ConsoleRunner.RunAsync(["sync", folder, "--registry", server.Address.ToString(), "--format", "json", .. extra],
            environment: new Dictionary<string, string> { ["CLUSTER_REGISTRY_TOKEN"] = RegistryServer.Token });

    [Fact]
    public async Task The_examples_sync_with_exit_1_for_the_two_broken_ones_then_agree_once_fixed()
    {
        foreach (var file in Directory.GetFiles(RepositoryFiles.PathOf("docs/examples"), "*.json"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var plan = await Sync("--dry-run");
        var first = await Sync();

        Assert.Equal(1, plan.ExitCode);
        Assert.Equal(1, first.ExitCode);
        using var result = JsonDocument.Parse(first.Output);
        Assert.Equal(6, result.RootElement.GetProperty("counts").GetProperty("create").GetInt32());
        Assert.Equal(2, result.RootElement.GetProperty("counts").GetProperty("invalid").GetInt32());

        File.Delete(Path.Combine(folder, "kajaani-data-centres-invalid-optional.json"));
        File.Delete(Path.Combine(folder, "joensuu-forest-bioeconomy-missing-mandatory.json"));
        var second = await Sync();

        Assert.Equal(0, second.ExitCode);
        using var agreed = JsonDocument.Parse(second.Output);
        Assert.Equal(6, agreed.RootElement.GetProperty("counts").GetProperty("skip").GetInt32());
        Assert.True(agreed.RootElement.GetProperty("agreed").GetBoolean());
    }

    [Fact]
    public async Task A_table_on_request_lists_every_profile_with_its_outcome()
    {
        File.WriteAllText(Path.Combine(folder, "a.json"), ClusterProfileJson.Serialize(ClusterProfileBuilder.Full()));

        var run = await ConsoleRunner.RunAsync(["sync", folder, "--registry", server.Address.ToString(), "--token", RegistryServer.Token, "--format", "table"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("arctic-water", run.Output, StringComparison.Ordinal);
        Assert.Contains("create 1", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(RegistryServer.Token, run.Output + run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:1/", true)]
    [InlineData("http://registry.example.org/", true)]
    [InlineData(null, false)]
    public async Task A_sync_that_cannot_run_exits_2_with_one_line(string? registry, bool withToken)
    {
        var run = await ConsoleRunner.RunAsync(
            ["sync", folder, "--registry", registry ?? server.Address.ToString(), "--format", "json"],
            environment: withToken ? new Dictionary<string, string> { ["CLUSTER_REGISTRY_TOKEN"] = RegistryServer.Token } : new Dictionary<string, string> { ["CLUSTER_REGISTRY_TOKEN"] = string.Empty });

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("cluster-profiles: ", run.Error, StringComparison.Ordinal);
    }
}
