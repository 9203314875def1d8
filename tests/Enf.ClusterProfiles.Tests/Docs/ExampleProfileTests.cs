using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.Tests.TestData;
using Snapshooter.Xunit;

namespace Enf.ClusterProfiles.Tests.Docs;

/// <summary>The profiles in docs/examples give the verdicts their names promise.</summary>
public class ExampleProfileTests
{
    private static ProfileAssessment Assess(string file) =>
        ClusterProfileBuilder.Assessor().Assess(
            ClusterProfileJson.Deserialize(File.ReadAllText(RepositoryFiles.PathOf(Path.Combine("docs", "examples", file)))));

    [Fact]
    public void The_PRO_example_is_valid_and_PRO_eligible()
    {
        var assessment = Assess("oulu-arctic-water-pro.json");

        Assert.True(assessment.Valid, IssueAssertions.Describe(assessment));
        Assert.True(assessment.Pro.Eligible);
        Assert.True(assessment.Publication.Ready);
        Assert.DoesNotContain(assessment.Issues, i => i.Severity != IssueSeverity.Info);
    }

    [Fact]
    public void The_one_short_example_is_valid_and_one_field_short_of_PRO()
    {
        var assessment = Assess("kuopio-health-tech-one-short.json");

        Assert.True(assessment.Valid, IssueAssertions.Describe(assessment));
        Assert.False(assessment.Pro.Eligible);
        Assert.Equal(1, assessment.Pro.Needed);
        Assert.Equal(10, assessment.Pro.OptionalFilled);
    }

    [Fact]
    public void The_missing_mandatory_example_misses_its_description()
    {
        var assessment = Assess("joensuu-forest-bioeconomy-missing-mandatory.json");

        Assert.False(assessment.Valid);
        Assert.Equal(["description"], assessment.MandatoryMissing);
        assessment.HasIssue(IssueCodes.Required, IssueSeverity.Error, "description");
    }

    [Fact]
    public void The_invalid_optional_example_has_a_phone_number_in_national_format()
    {
        var assessment = Assess("kajaani-data-centres-invalid-optional.json");

        Assert.False(assessment.Valid);
        Assert.Empty(assessment.MandatoryMissing);
        Assert.Equal(["contact.phone"], assessment.Issues.Where(i => i.Severity == IssueSeverity.Error).Select(i => i.Path));
        assessment.HasIssue(IssueCodes.PhoneInvalid, IssueSeverity.Error, "contact.phone");
    }

    [Fact]
    public void The_expired_label_example_is_valid_but_its_label_costs_it_PRO()
    {
        var assessment = Assess("rovaniemi-arctic-tourism-expired-label.json");

        Assert.True(assessment.Valid, IssueAssertions.Describe(assessment));
        assessment.HasIssue(IssueCodes.LabelExpired, IssueSeverity.Warning, "clusterLabel");
        Assert.False(assessment.Pro.Eligible);
        Assert.Equal(1, assessment.Pro.Needed);
    }

    [Fact]
    public void The_stale_example_is_valid_with_a_staleness_warning()
    {
        var assessment = Assess("kokkola-chemistry-stale.json");

        Assert.True(assessment.Valid, IssueAssertions.Describe(assessment));
        Assert.True(assessment.Stale);
        assessment.HasIssue(IssueCodes.ProfileStale, IssueSeverity.Warning, "lastUpdated");
    }

    [Fact]
    public void The_non_EU_example_counts_23_optional_fields_and_skips_the_publication_criteria()
    {
        var assessment = Assess("tromso-blue-economy-non-eu.json");

        Assert.True(assessment.Valid, IssueAssertions.Describe(assessment));
        Assert.False(assessment.EuOrCosme);
        Assert.Equal(23, assessment.Pro.OptionalTotal);
        Assert.False(assessment.Publication.Applies);
    }

    [Fact]
    public void The_below_publication_example_is_valid_but_not_ready_for_publication()
    {
        var assessment = Assess("mikkeli-circular-economy-below-publication.json");

        Assert.True(assessment.Valid, IssueAssertions.Describe(assessment));
        Assert.False(assessment.Publication.Ready);
        Assert.Equal(
            [IssueCodes.PublicationManagementFte, IssueCodes.PublicationMembers, IssueCodes.PublicationTripleHelix],
            assessment.Publication.Unmet);
    }

    // The verdict each example's name promises: validity, PRO, publication readiness, freshness, label.
    private static readonly Dictionary<string, string> Verdicts = new(StringComparer.Ordinal)
    {
        ["joensuu-forest-bioeconomy-missing-mandatory.json"] = "not valid, not PRO, publication not ready, fresh, no expired label",
        ["kajaani-data-centres-invalid-optional.json"] = "not valid, not PRO, publication not ready, fresh, no expired label",
        ["kokkola-chemistry-stale.json"] = "valid, not PRO, publication ready, stale, no expired label",
        ["kuopio-health-tech-one-short.json"] = "valid, not PRO, publication ready, fresh, no expired label",
        ["mikkeli-circular-economy-below-publication.json"] = "valid, not PRO, publication not ready, fresh, no expired label",
        ["oulu-arctic-water-pro.json"] = "valid, PRO, publication ready, fresh, no expired label",
        ["rovaniemi-arctic-tourism-expired-label.json"] = "valid, not PRO, publication ready, fresh, label expired",
        ["tromso-blue-economy-non-eu.json"] = "valid, not PRO, publication not applicable, fresh, no expired label",
    };

    [Fact]
    public void Every_example_has_a_test_of_its_verdict()
    {
        var files = Directory.GetFiles(RepositoryFiles.PathOf(Path.Combine("docs", "examples")), "*.json").Select(Path.GetFileName).Order();
        Assert.Equal(Verdicts.Keys.Order(), files);

        var wrong = Verdicts.Select(v => (File: v.Key, Expected: v.Value, Actual: Verdict(Assess(v.Key)))).Where(v => v.Expected != v.Actual).ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Select(w => $"{w.File}: expected {w.Expected}, found {w.Actual}")));
    }

    private static string Verdict(ProfileAssessment a) =>
        $"{(a.Valid ? "valid" : "not valid")}, {(a.Pro.Eligible ? "PRO" : "not PRO")}, " +
        $"publication {(!a.Publication.Applies ? "not applicable" : a.Publication.Ready ? "ready" : "not ready")}, " +
        $"{(a.Stale ? "stale" : "fresh")}, {(a.LabelExpired ? "label expired" : "no expired label")}";


    [Fact]
    public void A_full_assessment_matches_its_snapshot() =>
        Snapshot.Match(ClusterProfileJson.Serialize(Assess("rovaniemi-arctic-tourism-expired-label.json")));
}
