using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Enf.ClusterProfiles.Tests.TestData;

namespace Enf.ClusterProfiles.IntegrationTests.Console;

/// <summary>Excel in and out of the console: init's workbook template, check and report on workbooks.</summary>
public sealed class SpreadsheetCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("cluster-xlsx-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string Corpus(string name) => RepositoryFiles.PathOf(Path.Combine("tests", "Enf.ClusterProfiles.Tests", "Bulk", "Corpus", name));

    [Fact]
    public async Task Init_writes_a_workbook_template_with_labels_paths_and_drop_downs_that_check_reads_back()
    {
        var file = Path.Combine(folder, "klusterit.xlsx");
        var init = await ConsoleRunner.RunAsync(["init", "--format", "xlsx", "-o", file, "--lang", "fi"]);
        Assert.Equal(0, init.ExitCode);

        using (var workbook = SpreadsheetDocument.Open(file, false))
        {
            var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
            Assert.Equal(["Profiilit", "Luettelot", "Ohjeet"], sheets);
            var profiles = SheetOf(workbook, "Profiilit");
            var rows = profiles.Descendants<Row>().ToList();
            Assert.Equal("Tunniste", TextOf(rows[0], 0));
            Assert.Equal("id", TextOf(rows[1], 0));
            Assert.Contains("Jäsenet › pk-yritykset", rows[0].Elements<Cell>().Select(c => c.InnerText));
            Assert.Contains("members.smes", rows[1].Elements<Cell>().Select(c => c.InnerText));

            // Drop-downs: the country column refuses other values, the ecosystems column offers its values and takes lists.
            var paths = rows[1].Elements<Cell>().Select(c => c.InnerText).ToList();
            var validations = profiles.Descendants<DataValidation>().ToList();
            var country = validations.Single(v => v.SequenceOfReferences?.InnerText?.StartsWith(Letters(paths.IndexOf("country") + 1) + "3", StringComparison.Ordinal) == true);
            Assert.True(country.ShowErrorMessage!.Value);
            var ecosystems = validations.Single(v => v.SequenceOfReferences?.InnerText?.StartsWith(Letters(paths.IndexOf("industrialEcosystems") + 1) + "3", StringComparison.Ordinal) == true);
            Assert.False(ecosystems.ShowErrorMessage!.Value);
            Assert.StartsWith("'Luettelot'!$", ecosystems.Formula1!.Text, StringComparison.Ordinal);
            var lists = SheetOf(workbook, "Luettelot").Descendants<Cell>().Select(c => c.InnerText).ToList();
            Assert.Contains("digital", lists);
            Assert.Contains("FI", lists);
            Assert.Contains(SheetOf(workbook, "Ohjeet").Descendants<Cell>(), c => c.InnerText.StartsWith("Klusteriorganisaation koko nimi", StringComparison.Ordinal));
        }

        // The empty template draws no finding at all.
        var blank = await ConsoleRunner.RunAsync(["check", file, "--format", "json", "--today", "2026-11-25"]);
        Assert.Equal(0, blank.ExitCode);
        Assert.Equal(0, JsonDocument.Parse(blank.Output).RootElement.GetProperty("profiles").GetArrayLength());

        // Filled in as a person would (a decimal comma, a Finnish date), it is a valid profile; a mistake names its cell.
        Fill(file, new Dictionary<string, string>
        {
            ["id"] = "my-cluster", ["profileType"] = "clusterOrganisation", ["name"] = "Oma klusteri", ["country"] = "FI",
            ["city"] = "Oulu", ["website"] = "https://my.example/en", ["contact.email"] = "info@my.example",
            ["description"] = "Oma klusteri kokoaa alueen yritykset ja oppilaitokset yhteisen tavoitteen ympärille.",
            ["industrialEcosystems"] = "digital;health", ["managementFte"] = "1,5", ["members.smes"] = "12", ["members.publicBodies"] = "3",
            ["lastUpdated"] = "1.11.2026",
        });
        var check = await ConsoleRunner.RunAsync(["check", file, "--format", "json", "--today", "2026-11-25", "--lang", "fi"]);
        Assert.True(check.ExitCode == 0, check.Output);

        Fill(file, new Dictionary<string, string> { ["managementFte"] = "puolitoista" });
        var wrong = await ConsoleRunner.RunAsync(["check", file, "--format", "json", "--today", "2026-11-25", "--lang", "fi"]);
        Assert.Equal(1, wrong.ExitCode);
        var issue = JsonDocument.Parse(wrong.Output).RootElement.GetProperty("profiles")[0].GetProperty("issues").EnumerateArray()
            .Single(i => i.GetProperty("path").GetString() == "managementFte");
        Assert.Equal(3, issue.GetProperty("line").GetInt32());
        var cell = Letters(issue.GetProperty("column").GetInt32()) + "3";
        Assert.StartsWith($"Solu {cell}: ", issue.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_as_a_workbook_needs_a_file()
    {
        var run = await ConsoleRunner.RunAsync(["init", "--format", "xlsx"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("-o FILE", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_reads_the_Finnish_workbook_and_names_the_cells_of_its_findings()
    {
        var run = await ConsoleRunner.RunAsync(["check", Corpus("excel-fi.xlsx"), "--format", "json", "--today", "2026-11-25", "--lang", "sv"]);

        Assert.Equal(1, run.ExitCode);
        var profiles = JsonDocument.Parse(run.Output).RootElement.GetProperty("profiles");
        Assert.Equal(3, profiles.GetArrayLength());
        var messages = profiles[1].GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("message").GetString()).ToList();
        Assert.Contains(messages, m => m!.StartsWith("Cell K3: ", StringComparison.Ordinal));
        Assert.Contains(messages, m => m!.StartsWith("Cell P3: ", StringComparison.Ordinal));
    }

    private static Worksheet SheetOf(SpreadsheetDocument workbook, string name)
    {
        var sheet = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)workbook.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    private static string TextOf(Row row, int column) => row.Elements<Cell>().ElementAt(column).InnerText;

    private static string Letters(int column) => Enf.ClusterProfiles.Bulk.SpreadsheetColumns.Letters(column);

    // Types values into row 3 of the first sheet, under the columns whose row-2 path is given, as text cells.
    private static void Fill(string file, Dictionary<string, string> values)
    {
        using var workbook = SpreadsheetDocument.Open(file, true);
        var first = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().First();
        var sheet = ((WorksheetPart)workbook.WorkbookPart.GetPartById(first.Id!)).Worksheet;
        var data = sheet.GetFirstChild<SheetData>()!;
        var paths = data.Elements<Row>().ElementAt(1).Elements<Cell>().Select(c => c.InnerText).ToList();
        var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex! == 3u) ?? data.AppendChild(new Row { RowIndex = 3 });
        foreach (var (path, value) in values)
        {
            var reference = Letters(paths.IndexOf(path) + 1) + "3";
            row.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference)?.Remove();
            var cell = new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) };
            var after = row.Elements<Cell>().LastOrDefault(c => ColumnOf(c.CellReference!) < ColumnOf(reference));
            if (after is null)
            {
                row.PrependChild(cell);
            }
            else
            {
                after.InsertAfterSelf(cell);
            }
        }

        sheet.Save();
    }

    private static int ColumnOf(string reference) =>
        reference.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1));
}
