using System.Diagnostics;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Enf.ClusterProfiles.Tests.TestData;
using NJsonSchema;

namespace Enf.ClusterProfiles.IntegrationTests.Console;

/// <summary>The report as a council uses it: who needs a reminder of what, fill rates by region, JSON and Excel.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private static readonly Lazy<JsonSchema> ReportSchema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(RepositoryFiles.PathOf("schemas/report-output.v1.schema.json"))).GetAwaiter().GetResult());

    private readonly string folder = Directory.CreateTempSubdirectory("cluster-report-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Json_names_every_profile_with_what_needs_attention_first_and_matches_its_schema()
    {
        var run = await ConsoleRunner.RunAsync(["report", "docs/examples", "--format", "json", "--today", "2026-11-25", "--lang", "fi"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Error); // no progress when redirected
        var errors = ReportSchema.Value.Validate(run.Output);
        Assert.True(errors.Count == 0, string.Join("; ", errors));

        var report = JsonDocument.Parse(run.Output).RootElement;
        var profiles = report.GetProperty("profiles").EnumerateArray().ToList();
        Assert.Equal(8, profiles.Count);
        var first = profiles.Select(p => p.GetProperty("attention").EnumerateArray().Select(a => a.GetString()).FirstOrDefault()).ToList();
        Assert.Equal(["errors", "errors", "labelExpired", "stale"], first.Take(4));
        Assert.Equal("arctic-water", profiles[^1].GetProperty("id").GetString());
        Assert.Empty(profiles[^1].GetProperty("attention").EnumerateArray());
        var rovaniemi = profiles.Single(p => p.GetProperty("id").GetString() == "lapland-arctic-tourism");
        Assert.Equal("2025-06-30", rovaniemi.GetProperty("label").GetProperty("validUntil").GetString());
        Assert.True(rovaniemi.GetProperty("label").GetProperty("expired").GetBoolean());

        // Fill rates by region as well as overall, with the region's name in the report's language.
        var oulu = report.GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("key").GetString() == "FI1D9");
        Assert.Equal("Pohjois-Pohjanmaa (FI1D9)", oulu.GetProperty("name").GetString());
        Assert.Equal(1.0, oulu.GetProperty("fillRates").EnumerateArray().Single(f => f.GetProperty("path").GetString() == "acronym").GetProperty("rate").GetDouble());
        Assert.Equal(8, report.GetProperty("overall").GetProperty("profiles").GetInt32());
    }

    [Fact]
    public async Task A_label_that_expires_within_90_days_is_a_reminder()
    {
        var run = await ConsoleRunner.RunAsync(["report", "docs/examples/oulu-arctic-water-pro.json", "--format", "json", "--today", "2028-10-15"]);

        var row = JsonDocument.Parse(run.Output).RootElement.GetProperty("profiles")[0];
        Assert.True(row.GetProperty("label").GetProperty("expiresSoon").GetBoolean());
        Assert.Contains("labelExpiresSoon", row.GetProperty("attention").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task Markdown_and_the_table_show_a_row_per_profile_and_fill_rates_by_region_in_the_readers_language()
    {
        var markdown = await ConsoleRunner.RunAsync(["report", "docs/examples", "--format", "markdown", "--today", "2026-11-25", "--lang", "fi"]);
        var table = await ConsoleRunner.RunAsync(["report", "docs/examples", "--today", "2026-11-25", "--lang", "sv"]);

        Assert.Contains("## Profiilit, huomiota vaativat ensin", markdown.Output, StringComparison.Ordinal);
        Assert.Contains("## Kenttien täyttöasteet alueittain", markdown.Output, StringComparison.Ordinal);
        Assert.Contains("| Kenttä | Etelä-Savo (FI1D1) |", markdown.Output, StringComparison.Ordinal);
        Assert.Contains("30.6.2025 (päättynyt)", markdown.Output, StringComparison.Ordinal);
        Assert.Contains("25.11.2026", markdown.Output, StringComparison.Ordinal);
        Assert.Contains("ei, ", markdown.Output, StringComparison.Ordinal); // PRO: no, and how many more
        var lines = markdown.Output.Split('\n');
        var firstRow = lines.SkipWhile(l => !l.StartsWith("| Klusteri", StringComparison.Ordinal)).Skip(2).First();
        Assert.Contains("virheitä", firstRow, StringComparison.Ordinal);

        Assert.Contains("Profiler, de som behöver åtgärdas först", table.Output, StringComparison.Ordinal);
        Assert.Contains("Fältens ifyllnadsgrad per region", table.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, table.Error);
    }

    [Fact]
    public async Task Xlsx_writes_a_workbook_of_profiles_regions_and_fill_rates_with_typed_cells()
    {
        var file = Path.Combine(folder, "raportti.xlsx");
        var run = await ConsoleRunner.RunAsync(["report", "docs/examples", "--format", "xlsx", "-o", file, "--today", "2026-11-25", "--lang", "fi"]);
        Assert.Equal(1, run.ExitCode);

        using var workbook = SpreadsheetDocument.Open(file, false);
        var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Profiilit", "Alueet", "Kenttien täyttöasteet"], sheets.Select(s => s.Name!.Value));
        var profiles = ((WorksheetPart)workbook.WorkbookPart.GetPartById(sheets[0].Id!)).Worksheet.Descendants<Row>().ToList();
        Assert.Equal(9, profiles.Count); // the header and eight profiles
        Assert.Equal("Klusteri", profiles[0].Elements<Cell>().First().InnerText);
        Assert.Contains("virheitä", profiles[1].Elements<Cell>().Single(c => c.CellReference == "I2").InnerText, StringComparison.Ordinal);
        var completeness = profiles[1].Elements<Cell>().Single(c => c.CellReference == "F2");
        Assert.Null(completeness.DataType); // a number (a share shown as a percentage), not text
        Assert.InRange(double.Parse(completeness.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture), 0, 1);

        var noFile = await ConsoleRunner.RunAsync(["report", "docs/examples", "--format", "xlsx"]);
        Assert.Equal(2, noFile.ExitCode);
    }

    [Fact]
    public async Task Progress_shows_on_a_terminal()
    {
        // A pseudo-terminal from util-linux's script, as a person running the report sees it.
        var markdown = Path.Combine(folder, "report.md");
        var console = ConsoleRunner.ConsoleDll;
        var start = new ProcessStartInfo("script")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryFiles.Root,
        };
        foreach (var argument in new[] { "-qec", $"dotnet exec '{console}' report docs/examples --format markdown -o '{markdown}' --lang fi --today 2026-11-25", "/dev/null" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TERM"] = "xterm-256color";
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Contains("Luetaan profiileja", output, StringComparison.Ordinal);
        Assert.True(File.Exists(markdown));
    }
}
