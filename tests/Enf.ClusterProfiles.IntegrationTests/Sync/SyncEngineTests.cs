using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.Sync;
using Enf.ClusterProfiles.Tests.TestData;
using Microsoft.Extensions.DependencyInjection;

namespace Enf.ClusterProfiles.IntegrationTests.Sync;

/// <summary>The guarantees of registry-api-v1's "What a sync must guarantee", against the real registry.</summary>
public sealed class SyncEngineTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("cluster-sync-").FullName;
    private RegistryServer server = null!;

    public async Task InitializeAsync() => server = await RegistryServer.StartAsync();

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private static ClusterProfile Profile(string id) => ClusterProfileBuilder.Full() with { Id = id, Name = $"Cluster {id}" };

    private void WriteLocal(ClusterProfile profile, string? file = null) =>
        File.WriteAllText(Path.Combine(folder, file ?? $"{profile.Id}.json"), ClusterProfileJson.Serialize(profile));

    private ClusterProfile ReadLocal(string id) => ClusterProfileJson.Deserialize(File.ReadAllText(Path.Combine(folder, $"{id}.json")));

    private async Task<SyncResult> SyncAsync(SyncOptions? options = null, RequestCounter? counter = null, CapturedLogs? logs = null, CancellationToken cancellationToken = default)
    {
        await using var services = server.ClientServices(logs, counter);
        return await services.GetRequiredService<SyncEngine>().SyncAsync(folder, options, cancellationToken: cancellationToken);
    }

    private async Task<(ClusterProfile Profile, string ETag)?> RemoteAsync(string id)
    {
        using var client = server.RawClient();
        var response = await client.GetAsync($"/api/v1/profiles/{id}");
        return response.StatusCode == HttpStatusCode.NotFound
            ? null
            : (ClusterProfileJson.Deserialize(await response.Content.ReadAsStringAsync()), response.Headers.ETag!.ToString());
    }

    private async Task PutRemoteAsync(ClusterProfile profile, string? etag)
    {
        using var client = server.RawClient();
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/profiles/{profile.Id}")
        {
            Content = new StringContent(ClusterProfileJson.Serialize(profile), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation(etag is null ? "If-None-Match" : "If-Match", etag ?? "*");
        Assert.True((await client.SendAsync(request)).IsSuccessStatusCode);
    }

    private static void AssertActions(SyncResult result, params (string Id, SyncAction Action)[] expected) =>
        Assert.Equal(expected, result.Items.Select(i => (i.Id, i.Action)));

    [Fact]
    public async Task Two_files_with_one_id_are_reported_with_the_duplicate_code_and_not_pushed()
    {
        WriteLocal(Profile("cluster-a"), "first.json");
        WriteLocal(Profile("cluster-a"), "second.json");

        var result = await SyncAsync();

        Assert.Contains(result.Items, i => i.Id == "cluster-a" && i.Issues.Any(issue => issue.Code == IssueCodes.SyncDuplicateId));
        Assert.Null(await RemoteAsync("cluster-a"));
    }

    [Fact]
    public async Task A_first_sync_creates_every_local_profile_in_the_registry()
    {
        WriteLocal(Profile("cluster-a"));
        WriteLocal(Profile("cluster-b"));

        var result = await SyncAsync();

        AssertActions(result, ("cluster-a", SyncAction.Create), ("cluster-b", SyncAction.Create));
        Assert.True(result.Agreed);
        Assert.Equal("Cluster cluster-b", (await RemoteAsync("cluster-b"))!.Value.Profile.Name);
        Assert.Single(Directory.GetFiles(Path.Combine(folder, SyncRecord.FolderName), "state-*.json"));
    }

    [Fact]
    public async Task Annotations_are_not_pushed_and_do_not_count_as_an_edit()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(ClusterProfileJson.Serialize(Profile("cluster-a")))!.AsObject();
        json.Insert(0, "$schema", "../schemas/cluster-profile.v1.schema.json");
        json.Insert(1, "$help", "Täytä pakolliset kentät.");
        json["contact"]!.AsObject()["$help"] = "Yhteyshenkilö";
        File.WriteAllText(Path.Combine(folder, "cluster-a.json"), json.ToJsonString());

        AssertActions(await SyncAsync(), ("cluster-a", SyncAction.Create));
        using var client = server.RawClient();
        var stored = await client.GetStringAsync("/api/v1/profiles/cluster-a");

        Assert.DoesNotContain("$help", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("$schema", stored, StringComparison.Ordinal);
        Assert.Contains("$help", File.ReadAllText(Path.Combine(folder, "cluster-a.json")), StringComparison.Ordinal); // the file keeps its notes
        AssertActions(await SyncAsync(), ("cluster-a", SyncAction.Skip));
    }

    [Fact]
    public async Task A_second_sync_with_nothing_changed_costs_only_the_listing()
    {
        WriteLocal(Profile("cluster-a"));
        WriteLocal(Profile("cluster-b"));
        await SyncAsync();
        var counter = new RequestCounter();

        var result = await SyncAsync(counter: counter);

        AssertActions(result, ("cluster-a", SyncAction.Skip), ("cluster-b", SyncAction.Skip));
        Assert.Equal(["GET /api/v1/profiles"], counter.Requests);
    }

    [Fact]
    public async Task A_local_edit_is_carried_to_the_registry()
    {
        WriteLocal(Profile("cluster-a"));
        await SyncAsync();
        WriteLocal(Profile("cluster-a") with { City = "Kempele" });

        var result = await SyncAsync();

        AssertActions(result, ("cluster-a", SyncAction.Update));
        Assert.Equal("Kempele", (await RemoteAsync("cluster-a"))!.Value.Profile.City);
    }

    [Fact]
    public async Task A_remote_edit_is_pulled_into_the_folder()
    {
        WriteLocal(Profile("cluster-a"), "my-file.json");
        await SyncAsync();
        var remote = await RemoteAsync("cluster-a");
        await PutRemoteAsync(Profile("cluster-a") with { City = "Liminka" }, remote!.Value.ETag);

        var result = await SyncAsync();

        AssertActions(result, ("cluster-a", SyncAction.Pull));
        Assert.Equal("my-file.json", result.Items[0].File);
        Assert.Equal("Liminka", ClusterProfileJson.Deserialize(File.ReadAllText(Path.Combine(folder, "my-file.json"))).City);
        AssertActions(await SyncAsync(), ("cluster-a", SyncAction.Skip));
    }

    [Fact]
    public async Task An_edit_on_both_sides_is_a_conflict_that_keeps_both_versions_until_resolved()
    {
        WriteLocal(Profile("cluster-a"));
        await SyncAsync();
        var remote = await RemoteAsync("cluster-a");
        await PutRemoteAsync(Profile("cluster-a") with { City = "Remote City" }, remote!.Value.ETag);
        WriteLocal(Profile("cluster-a") with { City = "Local City" });

        var conflict = await SyncAsync();

        AssertActions(conflict, ("cluster-a", SyncAction.Conflict));
        Assert.False(conflict.Agreed);
        Assert.Equal("Local City", ReadLocal("cluster-a").City);
        Assert.Equal("Remote City", (await RemoteAsync("cluster-a"))!.Value.Profile.City);
        var copy = Path.Combine(folder, "cluster-a.json" + SyncEngine.RemoteCopySuffix);
        Assert.Equal("Remote City", ClusterProfileJson.Deserialize(File.ReadAllText(copy)).City);

        AssertActions(await SyncAsync(), ("cluster-a", SyncAction.Conflict)); // nothing overwritten while unresolved

        WriteLocal(Profile("cluster-a") with { City = "Agreed City" });
        var resolved = await SyncAsync();

        AssertActions(resolved, ("cluster-a", SyncAction.Update));
        Assert.Equal("Agreed City", (await RemoteAsync("cluster-a"))!.Value.Profile.City);
        Assert.False(File.Exists(copy));
        AssertActions(await SyncAsync(), ("cluster-a", SyncAction.Skip));
    }

    [Fact]
    public async Task A_remote_only_profile_is_pulled_unless_push_only()
    {
        await PutRemoteAsync(Profile("remote-only"), null);

        var pushOnly = await SyncAsync(new SyncOptions { PushOnly = true });
        Assert.False(File.Exists(Path.Combine(folder, "remote-only.json")));
        AssertActions(pushOnly, ("remote-only", SyncAction.Skip));

        var result = await SyncAsync();
        AssertActions(result, ("remote-only", SyncAction.Pull));
        Assert.Equal("Cluster remote-only", ReadLocal("remote-only").Name);
    }

    [Fact]
    public async Task An_invalid_local_profile_is_reported_and_not_pushed()
    {
        WriteLocal(Profile("broken-one") with { Description = null });
        File.WriteAllText(Path.Combine(folder, "not-json.json"), "{ oops");

        var result = await SyncAsync();

        Assert.All(result.Items, i => Assert.Equal(SyncAction.Invalid, i.Action));
        Assert.Contains(result.Items.Single(i => i.Id == "broken-one").Issues, i => i.Path == "description");
        Assert.Null(await RemoteAsync("broken-one"));
        Assert.False(result.Agreed);
    }

    [Fact]
    public async Task The_same_content_on_both_sides_without_a_record_is_agreement_not_a_conflict()
    {
        await PutRemoteAsync(Profile("cluster-a"), null);
        WriteLocal(Profile("cluster-a"));

        AssertActions(await SyncAsync(), ("cluster-a", SyncAction.Skip));
    }

    [Fact]
    public async Task A_dry_run_prints_the_plan_and_changes_nothing()
    {
        WriteLocal(Profile("local-only"));
        await PutRemoteAsync(Profile("remote-only"), null);

        var plan = await SyncAsync(new SyncOptions { DryRun = true });

        Assert.True(plan.DryRun);
        AssertActions(plan, ("local-only", SyncAction.Create), ("remote-only", SyncAction.Pull));
        Assert.Null(await RemoteAsync("local-only"));
        Assert.False(File.Exists(Path.Combine(folder, "remote-only.json")));
        Assert.False(Directory.Exists(Path.Combine(folder, SyncRecord.FolderName)));
    }

    [Fact]
    public async Task A_refused_token_or_an_unreachable_registry_means_the_sync_could_not_run()
    {
        WriteLocal(Profile("cluster-a"));
        await using var wrongToken = server.ClientServices(token: "wrong-token");
        await using var nowhere = server.ClientServices(configure: o =>
        {
            o.BaseAddress = new Uri("http://127.0.0.1:1/");
            o.MaxRetryAttempts = 1;
        });

        var refused = await wrongToken.GetRequiredService<SyncEngine>().SyncAsync(folder);
        var unreachable = await nowhere.GetRequiredService<SyncEngine>().SyncAsync(folder);

        Assert.Contains("401", refused.Error, StringComparison.Ordinal);
        Assert.Contains("cannot be reached", unreachable.Error, StringComparison.Ordinal);
        Assert.False(refused.Agreed);
    }

    [Fact]
    public async Task A_pull_never_writes_over_a_file_that_cannot_be_read()
    {
        WriteLocal(Profile("cluster-a"), "mine.json");
        await SyncAsync();
        File.WriteAllText(Path.Combine(folder, "mine.json"), "{ \"id\": \"cluster-a\", \"name\": \"Half-edit");

        var result = await SyncAsync();

        Assert.Equal("{ \"id\": \"cluster-a\", \"name\": \"Half-edit", File.ReadAllText(Path.Combine(folder, "mine.json")));
        Assert.Contains(result.Items, i => i.Id == "cluster-a" && i.Action == SyncAction.Skip && i.Detail!.Contains("cannot be read", StringComparison.Ordinal));
        Assert.False(result.Agreed);
    }

    [Fact]
    public async Task A_file_whose_id_was_changed_keeps_its_new_profile_and_the_old_one_is_pulled_beside_it()
    {
        WriteLocal(Profile("old-id"), "mine.json");
        await SyncAsync();
        WriteLocal(Profile("new-id"), "mine.json");

        var result = await SyncAsync();

        AssertActions(result, ("new-id", SyncAction.Create), ("old-id", SyncAction.Pull));
        Assert.Equal("new-id", ClusterProfileJson.Deserialize(File.ReadAllText(Path.Combine(folder, "mine.json"))).Id);
        Assert.Equal("old-id", ReadLocal("old-id").Id);
        AssertActions(await SyncAsync(), ("new-id", SyncAction.Skip), ("old-id", SyncAction.Skip));
    }

    [Fact]
    public async Task A_pulled_profile_gets_a_free_file_name_when_its_own_is_taken()
    {
        WriteLocal(Profile("cluster-b"), "cluster-a.json");
        await PutRemoteAsync(Profile("cluster-a"), null);

        var result = await SyncAsync();

        Assert.Equal("cluster-a-2.json", result.Items.Single(i => i.Id == "cluster-a").File);
        Assert.Equal("cluster-b", ClusterProfileJson.Deserialize(File.ReadAllText(Path.Combine(folder, "cluster-a.json"))).Id);
        Assert.Equal("cluster-a", ClusterProfileJson.Deserialize(File.ReadAllText(Path.Combine(folder, "cluster-a-2.json"))).Id);
    }

    [Fact]
    public async Task A_damaged_sync_record_costs_requests_not_a_crash()
    {
        WriteLocal(Profile("cluster-a"));
        await SyncAsync();
        foreach (var record in Directory.GetFiles(Path.Combine(folder, SyncRecord.FolderName)))
        {
            File.WriteAllText(record, $"{{ \"registry\": \"{server.Address}\", \"profiles\": null }}");
        }

        AssertActions(await SyncAsync(), ("cluster-a", SyncAction.Skip));
    }

    [Fact]
    public async Task Each_registry_keeps_its_own_sync_record()
    {
        await using var other = await RegistryServer.StartAsync();
        WriteLocal(Profile("cluster-a"));
        await SyncAsync();
        await using (var services = other.ClientServices())
        {
            await services.GetRequiredService<SyncEngine>().SyncAsync(folder);
        }

        WriteLocal(Profile("cluster-a") with { City = "Kempele" });

        AssertActions(await SyncAsync(), ("cluster-a", SyncAction.Update)); // not a false conflict
        Assert.Equal(2, Directory.GetFiles(Path.Combine(folder, SyncRecord.FolderName), "state-*.json").Length);
    }

    [Fact]
    public async Task A_dry_run_is_the_plan_printed_reading_nothing_beyond_the_listing()
    {
        WriteLocal(Profile("on-both-sides"));
        await PutRemoteAsync(Profile("on-both-sides"), null);
        WriteLocal(Profile("local-only"));
        var counter = new RequestCounter();

        var plan = await SyncAsync(new SyncOptions { DryRun = true }, counter);

        // Never synced, on both sides: the plan cannot know the contents agree, and says the sync will compare them.
        AssertActions(plan, ("local-only", SyncAction.Create), ("on-both-sides", SyncAction.Conflict));
        Assert.Contains("compared", plan.Items[1].Detail, StringComparison.Ordinal);
        Assert.Equal(["GET /api/v1/profiles"], counter.Requests);
        AssertActions(await SyncAsync(), ("local-only", SyncAction.Create), ("on-both-sides", SyncAction.Skip));
    }

    [Fact]
    public async Task A_dry_run_with_work_to_do_does_not_count_as_agreement()
    {
        WriteLocal(Profile("cluster-a"));

        Assert.False((await SyncAsync(new SyncOptions { DryRun = true })).Agreed);
        await SyncAsync();
        Assert.True((await SyncAsync(new SyncOptions { DryRun = true })).Agreed);
    }

    [Fact]
    public async Task The_token_appears_in_no_log_line_of_client_or_registry()
    {
        WriteLocal(Profile("cluster-a"));
        var logs = new CapturedLogs();

        await SyncAsync(logs: logs);
        WriteLocal(Profile("cluster-a") with { City = "Kempele" });
        await SyncAsync(logs: logs);

        Assert.NotEmpty(logs.Lines);
        Assert.NotEmpty(server.Logs.Lines);
        Assert.DoesNotContain(logs.Lines.Concat(server.Logs.Lines), line => line.Contains(RegistryServer.Token, StringComparison.Ordinal));
    }
}
