using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Enf.ClusterProfiles.Portal.Tests;

public sealed class SignInTests(BrowserFixture browser) : PortalTest(browser)
{
    [Fact]
    public async Task A_manager_signs_in_with_a_token_and_sees_only_their_own_clusters()
    {
        var page = await SignedInPageAsync("manager-east");

        await Expect(page).ToHaveURLAsync($"{Server.Address}/clusters");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Omat klusterit");
        var rows = page.Locator("table.list tbody tr");
        await Expect(rows).ToHaveCountAsync(2); // the third East example has an error, and the registry keeps no profile with errors
        await Expect(page.Locator("table.list")).ToContainTextAsync("Savo Health Technology Cluster");
        await Expect(page.Locator("table.list")).Not.ToContainTextAsync("Arctic Water Cluster");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fi");
    }

    [Fact]
    public async Task A_wrong_token_is_refused_beside_the_field_and_the_session_cookie_is_http_only_and_lax()
    {
        var page = await NewPageAsync("en");
        await page.GotoAsync("/signin");
        await page.Locator("#token").FillAsync("not-a-token");
        await page.Locator("main form button[type=submit]").ClickAsync();

        await Expect(page.Locator("#token")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#token-error")).ToContainTextAsync("not valid");
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "portal-session");

        await SignInAsync(page, Server.Token("council-reviewer"));
        var session = (await page.Context.CookiesAsync()).Single(c => c.Name == "portal-session");
        Assert.True(session.HttpOnly);
        Assert.Equal(SameSiteAttribute.Lax, session.SameSite);
        Assert.DoesNotContain(Server.Token("council-reviewer"), session.Value, StringComparison.Ordinal); // protected, not the token in clear
    }

    [Fact]
    public async Task Many_mistyped_tokens_from_people_behind_the_one_portal_do_not_lock_the_next_person_out()
    {
        var page = await NewPageAsync("en");
        for (var i = 0; i < 25; i++) // more than the registry's default of 20 failed authentications per address and minute
        {
            await page.GotoAsync("/signin");
            await page.Locator("#token").FillAsync($"mistyped-{i}");
            await page.Locator("main form button[type=submit]").ClickAsync();
            await Expect(page.Locator("#token-error")).ToContainTextAsync("not valid");
        }

        await SignInAsync(page, Server.Token("council-reviewer"));
        Assert.DoesNotContain("/signin", page.Url, StringComparison.Ordinal);
    }
}
