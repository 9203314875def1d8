using System.Text;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Bulk;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Json;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.Tests.TestData;
using Microsoft.Extensions.Options;

namespace Enf.ClusterProfiles.Tests.Json;

/// <summary>Regression tests for the bugs a review of the raw reader and the assessor found.</summary>
public sealed class ReviewRegressionTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("cluster-review-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string Json(Enf.ClusterProfiles.Model.ClusterProfile profile) => ClusterProfileJson.Serialize(profile);

    private async Task<List<ProfileAssessment>> ReadAll(string name, string content)
    {
        var path = Path.Combine(folder, name);
        await File.WriteAllTextAsync(path, content);
        var assessor = ClusterProfileBuilder.Assessor();
        var results = new List<ProfileAssessment>();
        await foreach (var document in BulkProfileReader.ReadAsync([path], maxBytes: 4096))
        {
            results.Add(assessor.Assess(document));
        }

        return results;
    }

    [Fact]
    public void A_last_updated_date_far_in_the_future_is_an_error_not_a_crash()
    {
        var assessment = ClusterProfileBuilder.Assessor().AssessJson(Json(ClusterProfileBuilder.Full() with { LastUpdated = new DateOnly(9999, 12, 31) }));

        assessment.HasIssue(IssueCodes.DateInFuture, IssueSeverity.Error, "lastUpdated");
    }

    [Fact]
    public void A_staleness_setting_beyond_a_century_is_refused() =>
        Assert.Throws<OptionsValidationException>(() => new ProfileAssessor(new Enf.ClusterProfiles.Configuration.ClusterProfilesOptions { StaleAfterDays = 40_000 }));

    [Fact]
    public void Positions_on_one_long_line_are_right_to_the_end()
    {
        var items = string.Join(",", Enumerable.Repeat("\"x\"", 20_000)) + ",\"\"";
        var json = $"{{\"technologyFields\":[{items}]}}";

        var issue = ClusterProfileBuilder.Assessor().AssessJson(json).Issues.Single(i => i.Path == "technologyFields[20000]");

        Assert.Equal((1, json.Length - 3), (issue.Line, issue.Column));
    }

    [Fact]
    public void Thousands_of_values_of_the_wrong_type_are_each_reported_once()
    {
        var json = $"{{\"languages\":[{string.Join(",", Enumerable.Range(0, 5000))}]}}";

        var assessment = ClusterProfileBuilder.Assessor().AssessJson(json);

        Assert.Equal(5000, assessment.Issues.Count(i => i.Code == IssueCodes.ValueType));
    }

    [Fact]
    public async Task A_stray_bracket_in_an_array_spoils_only_its_element()
    {
        var results = await ReadAll("stray.json", "[{\"id\": \"aaa-a\"}}, {\"id\": \"bbb-b\"}]");

        Assert.Equal(2, results.Count);
        Assert.False(results[0].Readable);
        Assert.Equal("bbb-b", results[1].Id);
    }

    [Fact]
    public async Task An_array_after_a_lot_of_white_space_is_still_an_array()
    {
        var results = await ReadAll("spaced.json", new string(' ', 10_000) + "[{\"id\": \"aaa-a\"}, {\"id\": \"bbb-b\"}]");

        Assert.Equal(["aaa-a", "bbb-b"], results.Select(r => r.Id));
    }

    [Fact]
    public async Task A_CSV_row_larger_than_the_profile_limit_is_reported_not_swallowed()
    {
        var results = await ReadAll("big.csv", $"id,description\nbig-row,{new string('d', 10_000)}\n");

        Assert.Contains(results, r => r.Issues.Any(i => i.Code == IssueCodes.CsvSyntax));
    }

    [Fact]
    public void An_invalid_support_programme_does_not_waive_the_publication_criteria()
    {
        var profile = ClusterProfileBuilder.Full() with { SupportProgrammes = [new string('p', 301)], ManagementFte = 0.1m };

        var assessment = ClusterProfileBuilder.Assessor().Assess(profile);

        Assert.False(assessment.Publication.Waived);
        assessment.HasIssue(IssueCodes.PublicationManagementFte, IssueSeverity.Warning, "managementFte");
    }

    [Fact]
    public void An_id_with_spaces_around_it_is_that_id_once_trimmed() // revision 1.1: every text value is trimmed first
    {
        var assessment = ClusterProfileBuilder.Assessor().Assess(ClusterProfileBuilder.Full() with { Id = " arctic-water " });

        Assert.Equal("arctic-water", assessment.Id);
        assessment.HasNoIssueAt("id");
    }

    [Theory]
    [InlineData("2000.0")]
    [InlineData("2e3")]
    public void A_whole_number_written_another_way_is_accepted(string year)
    {
        var json = Json(ClusterProfileBuilder.Full()).Replace("\"yearEstablished\": 2012", $"\"yearEstablished\": {year}", StringComparison.Ordinal);

        var assessment = ClusterProfileBuilder.Assessor().AssessJson(json);

        Assert.True(assessment.Valid, IssueAssertions.Describe(assessment));
        Assert.Equal(FieldState.Filled, assessment.Fields.Single(f => f.Path == "yearEstablished").State);
    }

    [Fact]
    public void One_stray_character_after_the_object_is_a_syntax_error_not_a_truncation() =>
        ClusterProfileBuilder.Assessor().AssessJson("{\"id\": \"aaa-a\"}x").HasIssue(IssueCodes.JsonSyntax, IssueSeverity.Error, "");

    [Fact]
    public void A_field_inside_a_value_of_the_wrong_type_is_invalid_not_missing()
    {
        var assessment = ClusterProfileBuilder.Assessor().AssessJson("{\"id\": \"aaa-a\", \"contact\": \"info@x.example\"}");

        Assert.DoesNotContain("contact.email", assessment.MandatoryMissing);
        Assert.Equal(FieldState.Invalid, assessment.Fields.Single(f => f.Path == "contact.email").State);
    }
}
