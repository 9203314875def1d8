using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Enf.ClusterProfiles.Portal.Tests;

/// <summary>The pictures in docs/portal.md, taken from the running portal by the test run, so they show what it does.</summary>
public sealed class ScreenshotTests(BrowserFixture browser) : PortalTest(browser)
{
    [Fact]
    public async Task The_edit_page_in_Finnish_and_the_overview_are_photographed_for_the_docs()
    {
        var docs = Path.Combine(RepositoryRoot(), "docs");
        var manager = await SignedInPageAsync("manager-north");
        await manager.GotoAsync("/clusters/kokkola-chemistry/edit");
        await manager.Locator("#f-contact-phone").FillAsync("040 123 4567"); // the live check shows the error beside the field
        await Expect(manager.Locator("#err-f-contact-phone")).ToContainTextAsync("kansainvälisessä muodossa");
        await manager.Locator("#f-contact-phone").ScrollIntoViewIfNeededAsync();
        await manager.EvaluateAsync("() => window.scrollBy(0, 150)");
        var edit = Path.Combine(docs, "portal-edit-fi.png");
        await manager.ScreenshotAsync(new() { Path = edit, FullPage = false });

        var reviewer = await SignedInPageAsync("council-reviewer");
        await reviewer.GotoAsync("/overview");
        await Expect(reviewer.Locator("svg.chart").First).ToBeVisibleAsync();
        var overview = Path.Combine(docs, "portal-overview.png");
        await reviewer.ScreenshotAsync(new() { Path = overview, FullPage = true });

        Assert.True(new FileInfo(edit).Length > 10_000);
        Assert.True(new FileInfo(overview).Length > 10_000);
    }
}
