using System.Text;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Bulk;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Json;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.Tests.TestData;

namespace Enf.ClusterProfiles.Tests.Bulk;

public sealed class BulkProfileReaderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("cluster-bulk-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string OneLine(Enf.ClusterProfiles.Model.ClusterProfile profile) =>
        ClusterProfileJson.Serialize(profile).ReplaceLineEndings(" ");

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private static async Task<List<ProfileAssessment>> AssessAll(IEnumerable<string> paths, Action<Enf.ClusterProfiles.Configuration.ClusterProfilesOptions>? configure = null)
    {
        var assessor = ClusterProfileBuilder.Assessor(configure);
        var results = new List<ProfileAssessment>();
        await foreach (var document in BulkProfileReader.ReadAsync(paths))
        {
            results.Add(assessor.Assess(document));
        }

        return results;
    }

    [Fact]
    public async Task A_folder_with_good_and_broken_files_reports_every_profile_with_its_source()
    {
        Write("a-good.json", ClusterProfileJson.Serialize(ClusterProfileBuilder.Full()));
        Write("b-broken.json", "{ \"id\": \"x\", ");
        Write("c-array.json", $"[\n{ClusterProfileJson.Serialize(ClusterProfileBuilder.MandatoryOnly())},\n{ClusterProfileJson.Serialize(ClusterProfileBuilder.NonEuMandatoryOnly())}\n]");
        Write("notes.txt", "not a profile");
        Write(".sync/state.json", "{}");
        Write("nested/d.ndjson", OneLine(ClusterProfileBuilder.Full()) + "\n");

        var results = await AssessAll([folder]);

        Assert.Equal(
            ["a-good.json", "b-broken.json", "c-array.json", "c-array.json", "d.ndjson"],
            results.Select(r => Path.GetFileName(r.Source!)));
        Assert.All(results, r => Assert.StartsWith(folder, r.Source, StringComparison.Ordinal));
        Assert.Equal([true, false, true, true, true], results.Select(r => r.Valid));
        results[1].HasIssue(IssueCodes.JsonTruncated, IssueSeverity.Error, "");
        Assert.False(results[1].Readable);
    }

    [Fact]
    public async Task An_array_reports_the_line_each_profile_starts_on_and_a_broken_element_spoils_only_itself()
    {
        var path = Write("array.json", string.Join("\n",
            "[",
            "  { \"id\": \"first-one\", \"name\": \"First\" },",
            "  { \"id\": \"second\", \"name\": 42, },",
            "  42,",
            "  {",
            "    \"id\": \"fourth\", \"name\": \"Fourth \\\"quoted\\\" ]}\"",
            "  }",
            "]"));

        var results = await AssessAll([path]);

        Assert.Equal([2, 3, 4, 5], results.Select(r => r.Line));
        Assert.Equal(["first-one", null, null, "fourth"], results.Select(r => r.Id));
        results[1].HasIssue(IssueCodes.JsonTrailingComma, IssueSeverity.Error, "");
        results[2].HasIssue(IssueCodes.JsonNotObject, IssueSeverity.Error, "");
        Assert.Equal("Fourth \"quoted\" ]}", results[3].Name);
        var nameIssue = results[0].Issues.First(i => i.Path == "city");
        Assert.Equal((2, 3), (nameIssue.Line, nameIssue.Column));
    }

    [Fact]
    public async Task An_unclosed_array_is_reported_after_the_profiles_it_holds()
    {
        var path = Write("open.json", "[ { \"id\": \"only-one\" },\n");

        var results = await AssessAll([path]);

        Assert.Equal(2, results.Count);
        Assert.Equal("only-one", results[0].Id);
        results[1].HasIssue(IssueCodes.JsonTruncated, IssueSeverity.Error, "");
    }

    [Fact]
    public async Task NDJSON_with_a_broken_line_in_the_middle_still_reads_the_lines_after_it()
    {
        var good = OneLine(ClusterProfileBuilder.Full());
        var path = Write("profiles.ndjson", string.Join("\n", good, "", good.Replace("arctic-water", "second-one"), "{ \"id\": \"broken\",", "\r", good.Replace("arctic-water", "after-the-break")) + "\n");

        var results = await AssessAll([path]);

        Assert.Equal([1, 3, 4, 6], results.Select(r => r.Line));
        Assert.Equal(["arctic-water", "second-one", null, "after-the-break"], results.Select(r => r.Id));
        var broken = results[2].HasIssue(IssueCodes.JsonTruncated, IssueSeverity.Error, "");
        Assert.Equal(4, broken.Line);
        Assert.True(results[3].Valid);
    }

    [Fact]
    public async Task A_CSV_file_gives_a_profile_per_row_with_findings_at_their_row_and_column()
    {
        var path = Write("clusters.csv", string.Join("\n",
            "id,profileType,name,country,city,website,description,contact.email,industrialEcosystems,managementFte,members.smes,members.publicBodies,languages,clusterLabel.validUntil,clusterLabel.tier",
            "csv-one,clusterOrganisation,CSV One,FI,Oulu,https://one.example/en,\"A cluster, read from a spreadsheet row, with a description long enough.\",info@one.example,digital;health,\"2,5\",20,2,fi;en,2027-12-31,gold",
            "csv-two,clusterOrganisation,CSV Two,FI,Kajaani,https://two.example/en,A cluster with a few mistakes made in the spreadsheet on purpose.,info@two.example,digital;space,lots,20,2,fi,31.2.2027,gold",
            ""));

        var results = await AssessAll([path]);

        Assert.Equal(2, results.Count);
        Assert.True(results[0].Valid, IssueAssertions.Describe(results[0]));
        Assert.Equal(2, results[0].Line);
        Assert.Equal(FieldState.Filled, results[0].Fields.Single(f => f.Path == "managementFte").State);

        var fte = results[1].HasIssue(IssueCodes.ValueType, IssueSeverity.Error, "managementFte");
        Assert.Equal((3, 10), (fte.Line, fte.Column));
        var ecosystem = results[1].HasIssue(IssueCodes.ValueUnknown, IssueSeverity.Error, "industrialEcosystems[1]");
        Assert.Equal((3, 9), (ecosystem.Line, ecosystem.Column));
        var date = results[1].HasIssue(IssueCodes.DateFormat, IssueSeverity.Error, "clusterLabel.validUntil");
        Assert.Equal((3, 14), (date.Line, date.Column));
    }

    [Fact]
    public async Task A_CSV_row_with_an_unclosed_quote_is_reported_and_the_file_does_not_crash()
    {
        var path = Write("broken.csv", "id,name\nok-row,Fine\nbad-row,\"Unclosed\n");

        var results = await AssessAll([path]);

        Assert.Equal("ok-row", results[0].Id);
        var issue = results[^1].HasIssue(IssueCodes.CsvSyntax, IssueSeverity.Error, "");
        Assert.Equal(3, issue.Line);
    }

    [Fact]
    public async Task A_CSV_header_that_nests_below_a_value_is_reported_not_thrown()
    {
        var results = await AssessAll([Write("odd.csv", "id,members.smes,members.smes.x\nodd-row,3,4\n")]);

        Assert.Single(results).HasIssue(IssueCodes.CsvSyntax, IssueSeverity.Error, "");
    }

    [Fact]
    public async Task The_issue_cap_keeps_errors_first_and_says_plainly_that_it_bit()
    {
        var path = Write("messy.json", """{ "id": "Not A Slug", "name": "x", "country": "fi", "fax": 1, "telex": 2 }""");

        var results = await AssessAll([path], o => o.MaxIssues = 3);

        var assessment = Assert.Single(results);
        Assert.True(assessment.Partial);
        Assert.Equal(4, assessment.Issues.Count);
        Assert.All(assessment.Issues.Take(3), i => Assert.Equal(IssueSeverity.Error, i.Severity));
        var capped = assessment.HasIssue(IssueCodes.IssuesCapped, IssueSeverity.Info, "");
        Assert.Contains("at most 3", capped.Message, StringComparison.Ordinal);
        Assert.False(assessment.Valid);
    }

    [Fact]
    public async Task Without_a_cap_nothing_is_partial()
    {
        var results = await AssessAll([Write("one.json", ClusterProfileJson.Serialize(ClusterProfileBuilder.MandatoryOnly()))]);

        Assert.False(Assert.Single(results).Partial);
    }

    [Fact]
    public async Task A_path_that_does_not_exist_is_one_unreadable_result()
    {
        var results = await AssessAll([Path.Combine(folder, "missing.json")]);

        Assert.Single(results).HasIssue(IssueCodes.FileUnreadable, IssueSeverity.Error, "");
    }

    [Fact]
    public async Task Thousands_of_NDJSON_lines_stream_through_and_are_all_reported()
    {
        var line = OneLine(ClusterProfileBuilder.Full());
        var path = Path.Combine(folder, "many.ndjson");
        await using (var writer = new StreamWriter(path))
        {
            for (var i = 0; i < 3000; i++)
            {
                await writer.WriteLineAsync(i % 500 == 7 ? "{ broken" : line.Replace("arctic-water", $"cluster-{i}"));
            }
        }

        var results = await AssessAll([path]);

        Assert.Equal(3000, results.Count);
        Assert.Equal(6, results.Count(r => !r.Readable));
        Assert.Equal(Enumerable.Range(1, 3000), results.Select(r => r.Line!.Value));
    }

    [Fact]
    public async Task A_profile_larger_than_the_limit_in_an_array_is_reported_and_the_next_one_read()
    {
        var path = Write("big.json", $"[{{ \"description\": \"{new string('d', 2000)}\" }}, {{ \"id\": \"small-one\" }}]");

        var documents = new List<ProfileDocument>();
        await foreach (var document in BulkProfileReader.ReadAsync([path], maxBytes: 1024))
        {
            documents.Add(document);
        }

        var assessor = ClusterProfileBuilder.Assessor();
        assessor.Assess(documents[0]).HasIssue(IssueCodes.JsonTooLarge, IssueSeverity.Error, "");
        Assert.Equal("small-one", documents[1].Profile!.Id);
    }
}
