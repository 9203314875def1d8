using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Tests.TestData;

namespace Enf.ClusterProfiles.Tests.Validation;

public class PublicationCriteriaTests
{
    public static readonly IReadOnlyList<string> CodesTested =
    [
        IssueCodes.PublicationManagementFte, IssueCodes.PublicationMembers, IssueCodes.PublicationTripleHelix,
        IssueCodes.PublicationWebsite, IssueCodes.PublicationWaived,
    ];

    private static ClusterProfile NotInProgramme() => ClusterProfileBuilder.Full() with { SupportProgrammes = null };

    [Fact]
    public void A_cluster_that_meets_every_criterion_is_ready()
    {
        var assessment = ClusterProfileBuilder.Assessor().Assess(NotInProgramme());

        Assert.True(assessment.Publication.Ready);
        Assert.True(assessment.Publication.Applies);
        Assert.False(assessment.Publication.Waived);
        Assert.Empty(assessment.Publication.Unmet);
    }

    [Fact]
    public void Management_below_half_an_FTE_is_a_warning()
    {
        var assessment = ClusterProfileBuilder.Assessor().Assess(NotInProgramme() with { ManagementFte = 0.4m });

        assessment.HasIssue(IssueCodes.PublicationManagementFte, IssueSeverity.Warning, "managementFte");
        Assert.False(assessment.Publication.Ready);
        Assert.True(assessment.Valid);
    }

    [Fact]
    public void Fewer_than_fifteen_members_is_a_warning()
    {
        var assessment = ClusterProfileBuilder.Assessor().Assess(NotInProgramme() with { Members = new MemberCounts { Smes = 10, ResearchAndEducation = 4 } });

        assessment.HasIssue(IssueCodes.PublicationMembers, IssueSeverity.Warning, "members");
        Assert.Equal([IssueCodes.PublicationMembers], assessment.Publication.Unmet);
    }

    [Fact]
    public void Fifteen_members_of_two_types_meet_the_criteria()
    {
        var assessment = ClusterProfileBuilder.Assessor().Assess(NotInProgramme() with { Members = new MemberCounts { Smes = 14, PublicBodies = 1 } });

        Assert.True(assessment.Publication.Ready);
    }

    [Fact]
    public void Members_of_one_type_only_miss_the_triple_helix()
    {
        var assessment = ClusterProfileBuilder.Assessor().Assess(NotInProgramme() with { Members = new MemberCounts { Smes = 40, LargeCompanies = 0 } });

        assessment.HasIssue(IssueCodes.PublicationTripleHelix, IssueSeverity.Warning, "members");
    }

    [Theory]
    [InlineData(30, 10, 0, 0, 0, 0, false)] // SMEs and large companies are one helix type, industry (revision 1.1)
    [InlineData(30, 0, 0, 0, 0, 20, false)] // "other" is no helix type
    [InlineData(30, 10, 2, 0, 0, 0, true)]
    [InlineData(0, 10, 0, 0, 5, 0, true)]
    [InlineData(0, 0, 10, 5, 0, 0, true)]
    public void Triple_helix_counts_industry_research_public_bodies_and_civil_society(int smes, int large, int research, int publicBodies, int civil, int other, bool met)
    {
        var members = new MemberCounts { Smes = smes, LargeCompanies = large, ResearchAndEducation = research, PublicBodies = publicBodies, CivilSociety = civil, Other = other };

        var assessment = ClusterProfileBuilder.Assessor().Assess(NotInProgramme() with { Members = members });

        Assert.Equal(!met, assessment.Issues.Any(i => i.Code == IssueCodes.PublicationTripleHelix));
    }

    [Fact]
    public void A_website_that_is_not_a_URL_misses_the_website_criterion()
    {
        var assessment = ClusterProfileBuilder.Assessor().Assess(NotInProgramme() with { Website = "arcticwater" });

        assessment.HasIssue(IssueCodes.PublicationWebsite, IssueSeverity.Warning, "website");
        Assert.False(assessment.Publication.Ready);
    }

    [Fact]
    public void Membership_of_a_cluster_programme_waives_every_criterion_and_says_so()
    {
        var assessment = ClusterProfileBuilder.Assessor().Assess(ClusterProfileBuilder.Full() with { ManagementFte = 0.1m, Members = new MemberCounts { Smes = 3 } });

        assessment.HasIssue(IssueCodes.PublicationWaived, IssueSeverity.Info, "supportProgrammes");
        Assert.True(assessment.Publication.Waived);
        Assert.True(assessment.Publication.Ready);
        Assert.DoesNotContain(assessment.Issues, i => i.Severity == IssueSeverity.Warning);
    }

    [Fact]
    public void The_criteria_do_not_apply_outside_the_EU_and_COSME()
    {
        var assessment = ClusterProfileBuilder.Assessor().Assess(ClusterProfileBuilder.NonEuMandatoryOnly());

        Assert.False(assessment.Publication.Applies);
        Assert.True(assessment.Publication.Ready);
        Assert.DoesNotContain(assessment.Issues, i => i.Code.StartsWith("publication.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_profile_with_errors_is_not_ready_for_publication()
    {
        var assessment = ClusterProfileBuilder.Assessor().Assess(NotInProgramme() with { Description = null });

        Assert.False(assessment.Publication.Ready);
        Assert.Empty(assessment.Publication.Unmet);
    }
}
