using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Enf.ClusterProfiles.Registry.Contracts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Enf.ClusterProfiles.Portal.Tests;

/// <summary>
/// The pictures in docs/portal.md, taken from the running portal, and what they show read from the page at the moment
/// of the shot. A normal run writes them to <c>TestResults/screenshots</c>; <c>PORTAL_SCREENSHOTS_TO_DOCS=1</c>
/// writes them into <c>docs/</c> (the one way to refresh the docs' pictures).
/// </summary>
public sealed partial class ScreenshotTests(BrowserFixture browser) : PortalTest(browser)
{
    /// <summary>Set to <c>1</c> to write the screenshots into <c>docs/</c>.</summary>
    public const string ToDocsVariable = "PORTAL_SCREENSHOTS_TO_DOCS";

    private static readonly CultureInfo Finnish = new("fi");

    [Fact]
    public async Task The_edit_page_in_Finnish_shows_its_heading_Finnish_labels_and_the_live_check_figures()
    {
        var stored = JsonNode.Parse((await Server.RegistryAs("manager-north").ReadAsync("kokkola-chemistry", default))!)!;
        var manager = await SignedInPageAsync("manager-north");
        await manager.GotoAsync("/clusters/kokkola-chemistry/edit");
        await manager.Locator("#f-contact-phone").FillAsync("040 123 4567"); // the live check shows the error beside the field
        await Expect(manager.Locator("#err-f-contact-phone")).ToContainTextAsync("kansainvälisessä muodossa");
        await Expect(manager.Locator("#error-count")).Not.ToHaveTextAsync("Ei virheitä.");
        await manager.Locator("#f-contact-phone").ScrollIntoViewIfNeededAsync();
        await manager.EvaluateAsync("() => window.scrollBy(0, 150)");
        var picture = await ShootAsync(manager, "portal-edit-fi.png", fullPage: false);

        // What the picture shows, as the page held it.
        var shown = await manager.EvaluateAsync<EditPage>("""
            () => ({
              lang: document.documentElement.lang,
              heading: document.querySelector('h1').textContent.trim(),
              labels: [...document.querySelectorAll('.field[data-field]')].map(f => [f.dataset.field, (f.querySelector(':scope > fieldset > legend') ?? f.querySelector(':scope > label')).textContent.trim()]),
              completeness: document.getElementById('completeness').textContent.trim(),
              pro: document.getElementById('pro-text').textContent.trim(),
              meterValue: document.getElementById('pro-meter').value,
              meterMax: document.getElementById('pro-meter').max,
              errors: document.getElementById('error-count').textContent.trim(),
              phoneError: document.getElementById('err-f-contact-phone').textContent.trim(),
            })
            """);
        Assert.Equal("fi", shown.Lang);
        Assert.Equal($"Muokkaa: {stored["name"]!.GetValue<string>()}", shown.Heading);
        Assert.NotEmpty(shown.Labels);
        var catalog = Server.Assessor.Catalog;
        Assert.All(shown.Labels, l => Assert.StartsWith(catalog.LabelOf(l[0], Finnish), l[1], StringComparison.Ordinal));
        Assert.Contains(shown.Labels, l => l[0] == "contact.phone" && l[1].StartsWith("Yhteyspuhelin", StringComparison.Ordinal));

        var completeness = Percentage().Match(shown.Completeness);
        Assert.True(completeness.Success, $"completeness shown as '{shown.Completeness}'");
        Assert.StartsWith("Täydellisyys ", shown.Completeness, StringComparison.Ordinal);
        Assert.InRange(int.Parse(completeness.Groups[1].Value, CultureInfo.InvariantCulture), 1, 100);
        Assert.StartsWith($"{shown.MeterValue} / {shown.MeterMax} valinnaisesta kentästä", shown.Pro, StringComparison.Ordinal); // the meter and its sentence agree
        Assert.InRange(shown.MeterValue, 0, shown.MeterMax);
        Assert.Matches("^Virheitä: [1-9][0-9]*\\.$", shown.Errors);
        Assert.Contains("kansainvälisessä muodossa", shown.PhoneError, StringComparison.Ordinal);
        Assert.True(picture.Length > 10_000, $"{picture.FullName} is {picture.Length} bytes");
    }

    [Fact]
    public async Task The_overview_shows_every_published_cluster_with_its_completeness()
    {
        var published = (await Server.RegistryAs("council-reviewer").ExportAsync(ProfileStatus.Published, default))
            .Select(p => Server.Assessor.AssessJson(p.Value, Finnish))
            .ToList();
        Assert.NotEmpty(published);

        var reviewer = await SignedInPageAsync("council-reviewer");
        await reviewer.GotoAsync("/overview");
        await Expect(reviewer.Locator("svg.chart").First).ToBeVisibleAsync();
        var picture = await ShootAsync(reviewer, "portal-overview.png", fullPage: true);

        var shown = await reviewer.EvaluateAsync<OverviewPage>("""
            () => ({
              lang: document.documentElement.lang,
              heading: document.querySelector('h1').textContent.trim(),
              publishedCount: document.querySelector('main li strong').textContent.trim(),
              rows: [...document.querySelectorAll('#published tbody tr')].map(r => [...r.children].map(c => c.textContent.trim())),
            })
            """);
        Assert.Equal("fi", shown.Lang);
        Assert.Equal("Maakunnan yleiskuva", shown.Heading);
        Assert.Equal(published.Count.ToString(CultureInfo.InvariantCulture), shown.PublishedCount);
        Assert.Equal(published.Select(a => a.Name!).Order(StringComparer.Ordinal), shown.Rows.Select(r => r[0]).Order(StringComparer.Ordinal));
        foreach (var assessment in published)
        {
            var row = Assert.Single(shown.Rows, r => r[0] == assessment.Name);
            Assert.Equal(assessment.Region ?? "–", row[1]);
            Assert.Equal(assessment.Pro.Eligible ? "PRO" : "–", row[2]);
            Assert.Equal(assessment.Completeness.ToString("P0", Finnish), row[3]);
        }

        Assert.True(picture.Length > 10_000, $"{picture.FullName} is {picture.Length} bytes");
    }

    /// <summary>Takes the screenshot into <c>TestResults/screenshots</c>, or into <c>docs/</c> when asked to refresh them.</summary>
    private static async Task<FileInfo> ShootAsync(IPage page, string name, bool fullPage)
    {
        var folder = Environment.GetEnvironmentVariable(ToDocsVariable) == "1"
            ? Path.Combine(RepositoryRoot(), "docs")
            : Path.Combine(RepositoryRoot(), "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        await page.ScreenshotAsync(new() { Path = path, FullPage = fullPage });
        return new FileInfo(path);
    }

    [GeneratedRegex("([0-9]+)\\s*%")] // a space of any width before the sign, as each culture writes it
    private static partial Regex Percentage();

    // What the page held at the moment of the shot (read by the browser; Playwright fills the properties by name).
    private sealed class EditPage
    {
        public string Lang { get; set; } = "";

        public string Heading { get; set; } = "";

        public string[][] Labels { get; set; } = [];

        public string Completeness { get; set; } = "";

        public string Pro { get; set; } = "";

        public double MeterValue { get; set; }

        public double MeterMax { get; set; }

        public string Errors { get; set; } = "";

        public string PhoneError { get; set; } = "";
    }

    private sealed class OverviewPage
    {
        public string Lang { get; set; } = "";

        public string Heading { get; set; } = "";

        public string PublishedCount { get; set; } = "";

        public string[][] Rows { get; set; } = [];
    }
}
