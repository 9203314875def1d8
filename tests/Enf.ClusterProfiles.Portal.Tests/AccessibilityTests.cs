using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Enf.ClusterProfiles.Portal.Tests;

/// <summary>axe-core on every page, in every language: no serious or critical violation (WCAG 2.1 AA).</summary>
public sealed class AccessibilityTests(BrowserFixture browser) : PortalTest(browser)
{
    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    [InlineData("en")]
    public async Task Every_page_has_no_serious_or_critical_accessibility_violation(string language)
    {
        var problems = new List<string>();
        var visitor = await NewPageAsync(language);
        await Scan(visitor, $"/signin?lang={language}", problems);
        await visitor.Locator("#token").FillAsync("wrong");
        await visitor.Locator("main form button[type=submit]").ClickAsync();
        await Scan(visitor, null, problems); // the refused sign-in with its error

        var manager = await SignedInPageAsync("manager-north", language);
        await Scan(manager, $"/clusters?lang={language}", problems);
        await Scan(manager, "/clusters/new", problems);
        await manager.Locator("#f-contact-email").FillAsync("not an address");
        await Expect(manager.Locator("#f-contact-email")).ToHaveAttributeAsync("aria-invalid", "true");
        await Scan(manager, null, problems); // live check results shown
        await Scan(manager, "/clusters/kokkola-chemistry/edit", problems); // a stored profile with a warning
        await Scan(manager, "/clusters/savo-health-tech/edit", problems); // 403 page
        await Scan(manager, "/clusters/no-such-cluster/edit", problems); // 404 page

        var reviewer = await SignedInPageAsync("council-reviewer", language);
        await Scan(reviewer, "/review", problems);
        await Scan(reviewer, "/clusters", problems);
        await Scan(reviewer, "/review/arctic-water", problems);
        await Scan(reviewer, "/overview", problems);
        await Expect(reviewer.Locator("html")).ToHaveAttributeAsync("lang", language);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task Scan(IPage page, string? path, List<string> problems)
    {
        if (path is not null)
        {
            await page.GotoAsync(path);
        }

        var result = await page.RunAxe();
        foreach (var violation in result.Violations.Where(v => v.Impact is "serious" or "critical"))
        {
            problems.Add($"{page.Url}: {violation.Id} ({violation.Impact}) {violation.Help}: " +
                string.Join(" | ", violation.Nodes.Take(3).Select(n => n.Html)));
        }
    }
}
