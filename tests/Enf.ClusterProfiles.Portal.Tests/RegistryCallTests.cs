using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static Microsoft.Playwright.Assertions;

namespace Enf.ClusterProfiles.Portal.Tests;

/// <summary>
/// What the portal asks of its registry, and what it writes: one listing request per list page (registry-api-v1 1.2)
/// and never a profile's history for it; the demo tokens on the standard output, and no token in any log line.
/// </summary>
public sealed class RegistryCallTests(BrowserFixture browser) : PortalTest(browser)
{
    private readonly RegistryTraffic traffic = new();
    private readonly LogCollector logs = new();
    private readonly StringWriter credentials = new();

    protected override Task<PortalServer> StartServerAsync() => PortalServer.StartAsync(Record, credentials);

    private void Record(WebApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpClientDefaults(client => client.AddHttpMessageHandler(traffic.Handler));
        builder.Logging.AddProvider(logs);
        builder.Logging.AddFilter(_ => true);
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Trace); // the client's own lines, headers included
        builder.Logging.AddFilter("Polly", LogLevel.Trace);
    }

    [Fact]
    public async Task My_clusters_list_with_one_listing_and_read_only_the_managers_own_profiles_never_their_history()
    {
        var page = await SignedInPageAsync("manager-north");
        traffic.Clear();
        await page.GotoAsync("/clusters");
        await Expect(page.Locator("table.list tbody tr")).ToHaveCountAsync(Server.Accounts.Account("manager-north").Profiles.Count);

        var requests = traffic.Requests;
        Assert.Equal(1, requests.Count(r => r.StartsWith("GET /api/v1/profiles?", StringComparison.Ordinal)));
        Assert.DoesNotContain(requests, r => r.Contains("/versions", StringComparison.Ordinal));
        Assert.Equal(["GET /api/v1/me"], requests.Where(r => r.StartsWith("GET /api/v1/me", StringComparison.Ordinal)));
        var reads = requests.Where(r => r.StartsWith("GET /api/v1/profiles/", StringComparison.Ordinal)).Select(r => r["GET /api/v1/profiles/".Length..]).Order(StringComparer.Ordinal);
        Assert.Equal(Server.Accounts.Account("manager-north").Profiles.Order(StringComparer.Ordinal), reads); // its own, once each; no one else's
    }

    [Fact]
    public async Task The_review_queue_and_the_overview_read_a_listing_and_an_export_and_nothing_per_profile()
    {
        var page = await SignedInPageAsync("council-reviewer");
        traffic.Clear();
        await page.GotoAsync("/overview");
        await Expect(page.Locator("#published tbody tr").First).ToBeVisibleAsync();
        Assert.Equal(["GET /api/v1/export?status=published"], traffic.Requests);

        // A profile waits for review: the queue is its listing and the export of what waits.
        var manager = Server.RegistryAs("manager-east");
        Assert.True((await manager.SubmitAsync("mikkeli-circular-economy", default)).Succeeded);
        traffic.Clear();
        await page.GotoAsync("/review");
        await Expect(page.Locator("table.list tbody tr")).ToHaveCountAsync(1);
        var requests = traffic.Requests;
        Assert.Equal(2, requests.Count);
        Assert.StartsWith("GET /api/v1/profiles?", requests[0], StringComparison.Ordinal);
        Assert.Contains("status=needsReview", requests[0], StringComparison.Ordinal);
        Assert.Equal("GET /api/v1/export?status=needsReview", requests[1]);
    }

    [Fact]
    public async Task The_demo_tokens_reach_the_person_who_started_the_portal_and_no_token_is_in_a_log_line()
    {
        var page = await SignedInPageAsync("manager-north"); // a sign-in, a list and an edit page: calls with each kind of token
        await page.GotoAsync("/clusters");
        await page.GotoAsync("/clusters/arctic-water/edit");

        var shown = credentials.ToString();
        Assert.StartsWith("Demo accounts (sign in with the token; it is shown this once and stored only as a hash):", shown, StringComparison.Ordinal);
        string[] tokens = [.. Server.Accounts.Created.Select(a => a.Token)];
        Assert.Equal(3, tokens.Length);
        Assert.All(tokens, t => Assert.Contains(t, shown, StringComparison.Ordinal));
        Assert.DoesNotContain(Server.AdminToken, shown, StringComparison.Ordinal);

        var lines = logs.Lines;
        Assert.Contains(lines, l => l.Contains("Registry: the reference registry, in this process at http://127.0.0.1:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("System.Net.Http.HttpClient", StringComparison.Ordinal)); // the client's lines were there to read
        Assert.All([.. tokens, Server.AdminToken], t => Assert.True(!lines.Any(l => l.Contains(t, StringComparison.Ordinal)), string.Join("\n", lines.Where(l => l.Contains(t, StringComparison.Ordinal)))));
    }
}
