using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Enf.ClusterProfiles.Portal.Tests;

public sealed class OverviewAndSecurityTests(BrowserFixture browser) : PortalTest(browser)
{
    [Fact]
    public async Task The_overview_downloads_as_CSV_with_the_published_clusters_and_their_reasons_for_attention()
    {
        var reviewer = await SignedInPageAsync("council-reviewer", "en");
        await reviewer.GotoAsync("/overview");
        var download = await reviewer.RunAndWaitForDownloadAsync(() => reviewer.GetByRole(AriaRole.Link, new() { Name = "Download as CSV" }).ClickAsync());
        var path = await download.PathAsync();
        var lines = (await File.ReadAllLinesAsync(path!)).ToList();

        Assert.Equal([0xEF, 0xBB, 0xBF], (await File.ReadAllBytesAsync(path!))[..3]); // a byte order mark, for Excel
        Assert.StartsWith("id,name,region,valid,completeness,pro", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("arctic-water,Arctic Water Cluster,FI1D9,true,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("lapland-arctic-tourism,", StringComparison.Ordinal) && l.Contains("label expired", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("mikkeli-circular-economy,", StringComparison.Ordinal)); // a draft is not published
    }

    [Fact]
    public async Task Every_page_is_served_with_a_content_security_policy_that_allows_no_inline_script()
    {
        var page = await SignedInPageAsync("manager-north");
        foreach (var path in new[] { "/signin", "/clusters", "/clusters/new", "/clusters/arctic-water/edit" })
        {
            var response = await page.GotoAsync(path);
            var csp = await response!.HeaderValueAsync("content-security-policy");
            Assert.NotNull(csp);
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.Equal(0, await page.Locator("script:not([src])").CountAsync());
        }

        // Every form carries an antiforgery token.
        await page.GotoAsync("/clusters/arctic-water/edit");
        foreach (var form in await page.Locator("form").AllAsync())
        {
            await Expect(form.Locator("input[name=__RequestVerificationToken]")).ToHaveCountAsync(1);
        }
    }
}
