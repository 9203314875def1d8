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

    [Fact]
    public void Every_example_has_a_test() =>
        Assert.Equal(8, Directory.GetFiles(RepositoryFiles.PathOf(Path.Combine("docs", "examples")), "*.json").Length);

    [Fact]
    public void A_full_assessment_matches_its_snapshot() =>
        Snapshot.Match(ClusterProfileJson.Serialize(Assess("rovaniemi-arctic-tourism-expired-label.json")));
}
