using System.Globalization;
using System.Text;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Bulk;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Tests.TestData;

namespace Enf.ClusterProfiles.Tests.Bulk;

/// <summary>CSV and workbooks as Excel writes them in a Finnish locale, from the committed corpus, and the other dialects of CSV.</summary>
public sealed class SpreadsheetReaderTests : IDisposable
{
    private static readonly CultureInfo Finnish = CultureInfo.GetCultureInfo("fi");
    private readonly string folder = Directory.CreateTempSubdirectory("cluster-sheets-").FullName;

    public SpreadsheetReaderTests()
    {
        if (Environment.GetEnvironmentVariable("UPDATE_SPREADSHEET_CORPUS") == "1")
        {
            FinnishExcelFiles.WriteCorpus(RepositoryFiles.PathOf(Path.Combine("tests", "Enf.ClusterProfiles.Tests", FinnishExcelFiles.Folder)));
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    public static TheoryData<string> FinnishFiles => new() { "excel-fi-utf8-bom.csv", "excel-fi-windows-1252.csv", "excel-fi.xlsx" };

    private static string Corpus(string name) => RepositoryFiles.PathOf(Path.Combine("tests", "Enf.ClusterProfiles.Tests", FinnishExcelFiles.Folder, name));

    private static async Task<List<ProfileAssessment>> AssessAll(string path, CultureInfo? culture = null)
    {
        var assessor = ClusterProfileBuilder.Assessor();
        var results = new List<ProfileAssessment>();
        await foreach (var document in BulkProfileReader.ReadFileAsync(path))
        {
            results.Add(assessor.Assess(document, culture ?? Finnish));
        }

        return results;
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Theory]
    [MemberData(nameof(FinnishFiles))]
    public async Task A_Finnish_Excel_file_is_read_with_the_right_values(string file)
    {
        var results = await AssessAll(Corpus(file));

        Assert.Equal(["oulu-arctic-water", "kajaani-data-centres", "savonlinna-wood"], results.Select(r => r.Id));
        Assert.Equal([2, 3, 4], results.Select(r => r.Line));
        var oulu = results[0];
        Assert.True(oulu.Valid, string.Join("\n", oulu.Issues.Select(i => i.Message)));
        Assert.Equal("Pohjoisen vesiosaamisen klusteri", oulu.Name);
        Assert.Equal("FI1D9", oulu.Region);
        Assert.True(results[2].Valid, string.Join("\n", results[2].Issues.Select(i => i.Message)));

        // The values themselves, bound into the model: decimal comma, d.M.yyyy dates, a list, ä and ö, a ';' inside a quoted cell.
        var profiles = new List<Enf.ClusterProfiles.Model.ClusterProfile>();
        await foreach (var document in BulkProfileReader.ReadFileAsync(Corpus(file)))
        {
            profiles.Add(document.Profile!);
        }

        Assert.Equal(0.5m, profiles[0].ManagementFte);
        Assert.Equal(2.25m, profiles[2].ManagementFte);
        Assert.Equal(new DateOnly(2028, 12, 31), profiles[0].ClusterLabel!.ValidUntil);
        Assert.Equal(new DateOnly(2026, 11, 1), profiles[0].LastUpdated);
        Assert.Equal(new DateOnly(2026, 1, 5), profiles[2].LastUpdated);
        Assert.Equal(12, profiles[0].Members!.Smes);
        Assert.Equal(2, profiles[0].Members!.PublicBodies);
        Assert.Equal(2, profiles[0].IndustrialEcosystems!.Count);
        Assert.Equal("Itä-Savon puurakentajat", profiles[2].Name);
        Assert.Contains("yliopiston ja kaupungin; yhteistyötä", profiles[0].Description, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(FinnishFiles))]
    public async Task Every_finding_in_a_spreadsheet_names_its_cell(string file)
    {
        var results = await AssessAll(Corpus(file));

        var kajaani = results[1];
        Assert.False(kajaani.Valid);
        var fte = kajaani.HasIssue(IssueCodes.ValueType, IssueSeverity.Error, "managementFte");
        Assert.Equal((3, 11), (fte.Line, fte.Column));
        Assert.StartsWith("Solu K3: ", fte.Message, StringComparison.Ordinal);
        var date = kajaani.HasIssue(IssueCodes.DateFormat, IssueSeverity.Error, "clusterLabel.validUntil");
        Assert.Equal((3, 16), (date.Line, date.Column));
        Assert.StartsWith("Solu P3: ", date.Message, StringComparison.Ordinal);

        var english = (await AssessAll(Corpus(file), CultureInfo.GetCultureInfo("en")))[1];
        Assert.StartsWith("Cell K3: ", english.Issues.Single(i => i.Path == "managementFte").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_is_read_as_windows_1252_with_a_note_on_its_first_profile()
    {
        var results = await AssessAll(Corpus("excel-fi-windows-1252.csv"));

        var note = results[0].HasIssue(IssueCodes.FileEncoding, IssueSeverity.Info, "");
        Assert.Contains("Windows-1252", note.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(results.Skip(1).SelectMany(r => r.Issues), i => i.Code == IssueCodes.FileEncoding);
        Assert.DoesNotContain(await AssessAll(Corpus("excel-fi-utf8-bom.csv")), r => r.Issues.Any(i => i.Code == IssueCodes.FileEncoding));
    }

    [Theory]
    [InlineData(",", false)]
    [InlineData(";", false)]
    [InlineData("\t", false)]
    [InlineData(";", true)]
    public async Task The_separator_is_detected_and_a_byte_order_mark_is_optional(string separator, bool bom)
    {
        var text = string.Join("\r\n",
            string.Join(separator, "id", "name", "managementFte", "lastUpdated", "industrialEcosystems"),
            string.Join(separator, "first-one", "Ensimmäinen", "1.5", "2026-01-31", "\"digital;health\""),
            string.Join(separator, "second-one", "Toinen", "\"0,5\"", "31.1.2026", "tourism")) + "\r\n";
        var bytes = Encoding.UTF8.GetBytes(text);
        var path = Write("plain.csv", bom ? [.. Encoding.UTF8.GetPreamble(), .. bytes] : bytes);

        var documents = new List<Enf.ClusterProfiles.Json.ProfileDocument>();
        await foreach (var document in BulkProfileReader.ReadFileAsync(path))
        {
            documents.Add(document);
        }

        Assert.Equal(["Ensimmäinen", "Toinen"], documents.Select(d => d.Profile!.Name));
        Assert.Equal([1.5m, 0.5m], documents.Select(d => d.Profile!.ManagementFte));
        Assert.All(documents, d => Assert.Equal(new DateOnly(2026, 1, 31), d.Profile!.LastUpdated));
        Assert.Equal(2, documents[0].Profile!.IndustrialEcosystems!.Count);
    }

    [Fact]
    public async Task Headers_may_be_paths_or_labels_in_any_of_the_three_languages_and_a_second_row_of_paths_is_skipped()
    {
        var path = Write("labels.csv", Encoding.UTF8.GetBytes(
            "Identifier;Namn;CONTACT.EMAIL;Jäsenet › pk-yritykset;Medlemmar › forskning och utbildning\r\n" +
            "id;name;contact.email;members.smes;members.researchAndEducation\r\n" +
            "\r\n" +
            "north-one;Pohjoinen;info@north.example;1 200;3\r\n"));

        var results = await AssessAll(path);

        var only = Assert.Single(results);
        Assert.Equal(("north-one", "Pohjoinen"), (only.Id, only.Name));
        Assert.Equal(4, only.Line); // the blank row and the row of paths still count as rows
        Assert.DoesNotContain(only.Issues, i => i.Code == IssueCodes.PropertyUnknown);
        var missing = only.HasIssue(IssueCodes.Required, IssueSeverity.Error, "country");
        Assert.StartsWith("Rivi 4: ", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_workbook_is_one_finding_and_not_an_exception()
    {
        var path = Write("broken.xlsx", Encoding.UTF8.GetBytes("id,name\nnot-a-workbook,Nope\n"));

        var result = Assert.Single(await AssessAll(path));

        Assert.False(result.Readable);
        var issue = result.HasIssue(IssueCodes.WorkbookUnreadable, IssueSeverity.Error, "");
        Assert.Contains("Excel", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_includes_its_workbooks()
    {
        File.Copy(Corpus("excel-fi.xlsx"), Path.Combine(folder, "klusterit.xlsx"));

        var count = 0;
        await foreach (var document in BulkProfileReader.ReadAsync([folder]))
        {
            Assert.EndsWith("klusterit.xlsx", document.Source, StringComparison.Ordinal);
            count++;
        }

        Assert.Equal(3, count);
    }
}
