using Enf.ClusterProfiles.Portal.Hosting;
using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Enf.ClusterProfiles.Portal.Tests;

/// <summary>
/// The portal started with <c>--registry URL --token T</c> against a reference registry started on its own: the same
/// HTTP path as the in-process registry, with accounts the registry's admin made.
/// </summary>
public sealed class ExternalRegistryTests(BrowserFixture browser) : PortalTest(browser)
{
    private ReferenceRegistry registry = null!;
    private string reviewerToken = null!;
    private string managerToken = null!;

    protected override async Task<PortalServer> StartServerAsync()
    {
        registry = await ReferenceRegistry.StartAsync();
        reviewerToken = await registry.CreateAccountAsync("council", "reviewer");
        managerToken = await registry.CreateAccountAsync("north", "manager");
        return await PortalServer.StartAsync("--registry", registry.Address.ToString(), "--token", reviewerToken);
    }

    protected override async Task DisposeMoreAsync() => await registry.DisposeAsync();

    [Fact]
    public async Task A_manager_of_the_external_registry_signs_in_and_saves_a_profile_that_the_registry_then_holds()
    {
        Assert.Empty(Server.Accounts.Created); // no demo accounts in someone else's registry

        var page = await NewPageAsync("en");
        await SignInAsync(page, managerToken);
        await Expect(page).ToHaveURLAsync($"{Server.Address}/clusters");
        await Expect(page.Locator("table.list tbody tr")).ToHaveCountAsync(0);

        await page.GotoAsync("/clusters/new");
        await page.GetByLabel("Identifier").FillAsync("external-north");
        await page.GetByLabel("Name", new() { Exact = false }).First.FillAsync("External North Cluster");
        await ManagerFlowTests.FillMandatoryAsync(page);
        await Expect(page.Locator("#error-count")).ToHaveTextAsync("No errors.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync($"{Server.Address}/clusters/external-north/edit?done=created");

        // The registry holds it, as a draft of the manager who saved it.
        using var admin = registry.Client(ReferenceRegistry.AdminToken);
        using var stored = await admin.GetAsync("/api/v1/profiles/external-north");
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        using var profile = JsonDocument.Parse(await stored.Content.ReadAsStringAsync());
        Assert.Equal("External North Cluster", profile.RootElement.GetProperty("name").GetString());
        using var versions = JsonDocument.Parse(await admin.GetStringAsync("/api/v1/profiles/external-north/versions"));
        var first = versions.RootElement.GetProperty("items")[0];
        Assert.Equal("north", first.GetProperty("by").GetString());
        Assert.Equal("draft", first.GetProperty("status").GetString());

        // It is the manager's now: the registry says so through /me, and the portal lists it.
        await page.GotoAsync("/clusters");
        await Expect(page.Locator("table.list")).ToContainTextAsync("External North Cluster");
    }

    [Fact]
    public async Task A_token_the_external_registry_does_not_know_is_refused_at_start_and_at_sign_in()
    {
        var error = await Assert.ThrowsAsync<PortalConfigurationException>(() => PortalServer.StartAsync("--registry", registry.Address.ToString(), "--token", "not-a-token-of-this-registry"));
        Assert.Contains("does not accept the token", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-token-of-this-registry", error.Message, StringComparison.Ordinal);

        var page = await NewPageAsync("en");
        await page.GotoAsync("/signin");
        await page.Locator("#token").FillAsync("not-a-token-either");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#token-error")).ToContainTextAsync("not valid");
    }
}
