using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enf.ClusterProfiles.IntegrationTests.Sync;

namespace Enf.ClusterProfiles.IntegrationTests.Registry;

/// <summary>The review workflow of registry-api-v1 revision 1.1: every allowed and refused move, over real HTTP.</summary>
public sealed class WorkflowTests : IAsyncLifetime
{
    private RegistryServer server = null!;
    private RegistryCalls calls = null!;
    private string owner = null!;
    private string other = null!;
    private string reviewer = null!;

    public async Task InitializeAsync()
    {
        server = await RegistryServer.StartAsync();
        calls = new RegistryCalls(server);
        owner = await calls.CreateAccountAsync("oulu", "manager", "arctic-water");
        other = await calls.CreateAccountAsync("kokkola", "manager");
        reviewer = await calls.CreateAccountAsync("council", "reviewer");
    }

    public async Task DisposeAsync()
    {
        calls.Dispose();
        await server.DisposeAsync();
    }

    private async Task<HttpStatusCode> Status(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        return response.StatusCode;
    }

    [Fact]
    public async Task A_created_profile_is_a_draft_that_only_its_owner_reviewers_and_the_admin_see()
    {
        Assert.Equal(HttpStatusCode.Created, await Status(calls.CreateAsync(owner, RegistryCalls.Profile("arctic-water"))));

        Assert.Equal("draft", await calls.StatusAsync("arctic-water"));
        Assert.Equal(HttpStatusCode.OK, await Status(calls.GetAsync(owner, "/api/v1/profiles/arctic-water")));
        Assert.Equal(HttpStatusCode.OK, await Status(calls.GetAsync(reviewer, "/api/v1/profiles/arctic-water")));
        Assert.Equal(HttpStatusCode.NotFound, await Status(calls.GetAsync(other, "/api/v1/profiles/arctic-water")));
        using var listing = await calls.GetAsync(other, "/api/v1/profiles");
        Assert.Equal(0, (await listing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_manager_who_creates_a_profile_owns_it()
    {
        Assert.Equal(HttpStatusCode.Created, await Status(calls.CreateAsync(other, RegistryCalls.Profile("kokkola-chemistry"))));

        Assert.Equal(HttpStatusCode.OK, await Status(calls.UpdateAsync(other, RegistryCalls.Profile("kokkola-chemistry", "Kokkola"), await calls.ETagAsync("kokkola-chemistry"))));
        using var accounts = await calls.GetAsync(RegistryServer.Token, "/api/v1/accounts");
        var kokkola = (await accounts.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().Single(a => a.GetProperty("name").GetString() == "kokkola");
        Assert.Equal(["kokkola-chemistry"], kokkola.GetProperty("profiles").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Draft_to_review_to_published_and_every_refused_move_on_the_way()
    {
        await calls.CreateAsync(owner, RegistryCalls.Profile("arctic-water"));

        Assert.Equal(HttpStatusCode.Conflict, await Status(calls.ReviewAsync(reviewer, "arctic-water", "publish"))); // draft: nothing to review
        Assert.Equal(HttpStatusCode.OK, await Status(calls.SubmitAsync(owner, "arctic-water")));
        Assert.Equal("needsReview", await calls.StatusAsync("arctic-water"));
        Assert.Equal(HttpStatusCode.Conflict, await Status(calls.SubmitAsync(owner, "arctic-water"))); // submitted already
        using (var queue = await calls.GetAsync(reviewer, "/api/v1/profiles?status=needsReview"))
        {
            Assert.Equal(["arctic-water"], (await queue.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        }

        Assert.Equal(HttpStatusCode.OK, await Status(calls.ReviewAsync(reviewer, "arctic-water", "publish")));
        Assert.Equal("published", await calls.StatusAsync("arctic-water"));
        Assert.Equal(HttpStatusCode.Conflict, await Status(calls.SubmitAsync(owner, "arctic-water"))); // published: nothing to submit
        Assert.Equal(HttpStatusCode.Conflict, await Status(calls.ReviewAsync(reviewer, "arctic-water", "return", "Too late."))); // published: nothing to review
        Assert.Equal("Oulu", await RegistryCalls.CityAsync(await calls.GetAsync(other, "/api/v1/profiles/arctic-water")));
    }

    [Fact]
    public async Task A_return_needs_a_comment_and_a_returned_profile_is_fixed_and_submitted_again()
    {
        await calls.CreateAsync(owner, RegistryCalls.Profile("arctic-water"));
        await calls.SubmitAsync(owner, "arctic-water");

        using (var bare = await calls.ReviewAsync(reviewer, "arctic-water", "return", comment: "  "))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, bare.StatusCode);
            Assert.Contains("review.commentRequired", await bare.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.BadRequest, await Status(calls.ReviewAsync(reviewer, "arctic-water", "approve"))); // not a decision
        Assert.Equal(HttpStatusCode.OK, await Status(calls.ReviewAsync(reviewer, "arctic-water", "return", "Add the members, please.")));
        Assert.Equal("returned", await calls.StatusAsync("arctic-water"));
        Assert.Equal(HttpStatusCode.Conflict, await Status(calls.ReviewAsync(reviewer, "arctic-water", "publish"))); // returned: the owner moves next
        Assert.Equal(HttpStatusCode.OK, await Status(calls.UpdateAsync(owner, RegistryCalls.Profile("arctic-water", "Kempele"), await calls.ETagAsync("arctic-water"))));
        Assert.Equal("returned", await calls.StatusAsync("arctic-water")); // an edit does not submit
        Assert.Equal(HttpStatusCode.OK, await Status(calls.SubmitAsync(owner, "arctic-water")));
        Assert.Equal("needsReview", await calls.StatusAsync("arctic-water"));

        using var versions = await calls.GetAsync(owner, "/api/v1/profiles/arctic-water/versions");
        var items = (await versions.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["draft", "needsReview", "returned", "returned", "needsReview"], items.Select(v => v.GetProperty("status").GetString()));
        Assert.Equal(["oulu", "oulu", "council", "oulu", "oulu"], items.Select(v => v.GetProperty("by").GetString()));
        Assert.Equal("Add the members, please.", items[2].GetProperty("comment").GetString());
    }

    [Fact]
    public async Task A_published_profile_edited_goes_back_to_review_while_others_keep_seeing_the_published_version()
    {
        await calls.CreateAsync(owner, RegistryCalls.Profile("arctic-water", "Oulu"));
        await calls.SubmitAsync(owner, "arctic-water");
        await calls.ReviewAsync(reviewer, "arctic-water", "publish");
        var published = await calls.ETagAsync("arctic-water");

        Assert.Equal(HttpStatusCode.OK, await Status(calls.UpdateAsync(owner, RegistryCalls.Profile("arctic-water", "Kempele"), published)));

        Assert.Equal("needsReview", await calls.StatusAsync("arctic-water"));
        Assert.Equal("Kempele", await RegistryCalls.CityAsync(await calls.GetAsync(owner, "/api/v1/profiles/arctic-water")));
        Assert.Equal("Kempele", await RegistryCalls.CityAsync(await calls.GetAsync(reviewer, "/api/v1/profiles/arctic-water")));
        using (var seen = await calls.GetAsync(other, "/api/v1/profiles/arctic-water"))
        {
            Assert.Equal(published, seen.Headers.ETag!.ToString());
            Assert.Equal("Oulu", await RegistryCalls.CityAsync(seen));
        }

        using (var listing = await calls.GetAsync(other, "/api/v1/profiles"))
        {
            var item = (await listing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().Single();
            Assert.Equal("published", item.GetProperty("status").GetString());
            Assert.Equal(published, item.GetProperty("etag").GetString());
        }

        Assert.Contains("\"city\":\"Oulu\"", await (await calls.GetAsync(other, "/api/v1/export")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A return refuses the edit, not the cluster: the published version stays what others see.
        Assert.Equal(HttpStatusCode.OK, await Status(calls.ReviewAsync(reviewer, "arctic-water", "return", "Kempele is not the seat of the cluster.")));
        Assert.Equal("Oulu", await RegistryCalls.CityAsync(await calls.GetAsync(other, "/api/v1/profiles/arctic-water")));

        await calls.SubmitAsync(owner, "arctic-water");
        Assert.Equal(HttpStatusCode.OK, await Status(calls.ReviewAsync(reviewer, "arctic-water", "publish")));
        Assert.Equal("Kempele", await RegistryCalls.CityAsync(await calls.GetAsync(other, "/api/v1/profiles/arctic-water")));
        Assert.Equal("Oulu", await RegistryCalls.CityAsync(await calls.GetAsync(owner, "/api/v1/profiles/arctic-water/versions/1")));
    }

    [Fact]
    public async Task A_profile_that_has_errors_when_submitted_is_refused_with_the_issues()
    {
        // Stored when its "last updated" date was in the past; the registry's clock then reads an earlier day,
        // so the same date is in the future: an error found at submission, not at the write.
        var clock = new SettableClock(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        await using var dated = await RegistryServer.StartAsync(clock: clock);
        using var datedCalls = new RegistryCalls(dated);
        var manager = await datedCalls.CreateAccountAsync("oulu", "manager");
        Assert.Equal(HttpStatusCode.Created, await Status(datedCalls.CreateAsync(manager, RegistryCalls.Profile("arctic-water"))));
        clock.Now = new DateTimeOffset(2026, 9, 1, 12, 0, 0, TimeSpan.Zero);

        using var refused = await datedCalls.SubmitAsync(manager, "arctic-water");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var issues = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("issues").EnumerateArray().ToList();
        Assert.Contains(issues, i => i.GetProperty("path").GetString() == "lastUpdated" && i.GetProperty("severity").GetString() == "error");
        Assert.Equal("draft", await datedCalls.StatusAsync("arctic-water"));
    }

    [Fact]
    public async Task A_review_that_names_the_version_read_is_refused_when_the_profile_changed_since()
    {
        await calls.CreateAsync(owner, RegistryCalls.Profile("arctic-water"));
        await calls.SubmitAsync(owner, "arctic-water");
        var read = await calls.ETagAsync("arctic-water");
        await calls.UpdateAsync(owner, RegistryCalls.Profile("arctic-water", "Kempele"), read);

        Assert.Equal(HttpStatusCode.PreconditionFailed, await Status(calls.ReviewAsync(reviewer, "arctic-water", "publish", ifMatch: read)));
        Assert.Equal(HttpStatusCode.OK, await Status(calls.ReviewAsync(reviewer, "arctic-water", "publish", ifMatch: await calls.ETagAsync("arctic-water"))));
    }

    [Fact]
    public async Task A_write_of_the_same_content_appends_no_version_and_keeps_the_status()
    {
        await calls.CreateAsync(owner, RegistryCalls.Profile("arctic-water"));
        await calls.SubmitAsync(owner, "arctic-water");
        await calls.ReviewAsync(reviewer, "arctic-water", "publish");

        Assert.Equal(HttpStatusCode.OK, await Status(calls.UpdateAsync(owner, RegistryCalls.Profile("arctic-water"), await calls.ETagAsync("arctic-water"))));

        Assert.Equal("published", await calls.StatusAsync("arctic-water"));
        using var versions = await calls.GetAsync(owner, "/api/v1/profiles/arctic-water/versions");
        Assert.Equal(3, (await versions.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task List_items_carry_the_name_as_the_caller_sees_it_and_the_last_review_comment_for_those_who_read_the_history()
    {
        await calls.CreateAsync(owner, RegistryCalls.Profile("arctic-water") with { Name = "Arctic Water Cluster" });
        await calls.SubmitAsync(owner, "arctic-water");
        await calls.ReviewAsync(reviewer, "arctic-water", "return", "Add the members, please.");
        await calls.UpdateAsync(owner, RegistryCalls.Profile("arctic-water") with { Name = "Arctic Water" }, await calls.ETagAsync("arctic-water"));
        await calls.SubmitAsync(owner, "arctic-water");
        await calls.ReviewAsync(reviewer, "arctic-water", "publish", "  Thank you.  ");
        await calls.UpdateAsync(owner, RegistryCalls.Profile("arctic-water") with { Name = "Arctic Water Finland" }, await calls.ETagAsync("arctic-water"));
        await calls.CreateAsync(owner, RegistryCalls.Profile("arctic-wind") with { Name = "Arctic Wind" });

        async Task<Dictionary<string, JsonElement>> ItemsAsync(string token)
        {
            using var listing = await calls.GetAsync(token, "/api/v1/profiles");
            Assert.Equal(HttpStatusCode.OK, listing.StatusCode);
            return (await listing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
        }

        static string? Text(JsonElement item, string property) => item.TryGetProperty(property, out var value) ? value.GetString() : null;

        foreach (var token in new[] { owner, reviewer, RegistryServer.Token })
        {
            var items = await ItemsAsync(token);
            Assert.Equal("Arctic Water Finland", Text(items["arctic-water"], "name")); // the latest version's, edited after the publication
            Assert.Equal("Thank you.", Text(items["arctic-water"], "lastComment")); // the latest decision's, trimmed
            Assert.Equal("Arctic Wind", Text(items["arctic-wind"], "name"));
            Assert.Null(Text(items["arctic-wind"], "lastComment")); // never reviewed
        }

        // Another manager sees the published version's name, and no comment: the history is not theirs to read.
        var seen = Assert.Single(await ItemsAsync(other));
        Assert.Equal("arctic-water", seen.Key);
        Assert.Equal("Arctic Water", Text(seen.Value, "name"));
        Assert.Null(Text(seen.Value, "lastComment"));
    }

    [Fact]
    public async Task Unknown_versions_and_statuses_are_refused_clearly()
    {
        await calls.CreateAsync(owner, RegistryCalls.Profile("arctic-water"));

        Assert.Equal(HttpStatusCode.NotFound, await Status(calls.GetAsync(owner, "/api/v1/profiles/arctic-water/versions/2")));
        Assert.Equal(HttpStatusCode.NotFound, await Status(calls.SubmitAsync(owner, "no-such-profile")));
        Assert.Equal(HttpStatusCode.BadRequest, await Status(calls.GetAsync(reviewer, "/api/v1/profiles?status=pending")));
        Assert.Equal(HttpStatusCode.BadRequest, await Status(calls.GetAsync(reviewer, "/api/v1/export?status=pending")));
        Assert.Equal(HttpStatusCode.BadRequest, await Status(calls.SendAsync(HttpMethod.Post, "/api/v1/profiles/arctic-water/review", reviewer, new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"))));
    }
}

/// <summary>A clock a test sets, backwards too.</summary>
internal sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
