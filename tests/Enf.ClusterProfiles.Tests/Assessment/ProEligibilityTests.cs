using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Tests.TestData;

namespace Enf.ClusterProfiles.Tests.Assessment;

/// <summary>The PRO rule exactly as the spec says: no errors and 2 × filled ≥ total optional fields.</summary>
public class ProEligibilityTests
{
    private static readonly string[] EuOptionalInSuggestionOrder = [.. FieldCatalog.Version1.Fields
        .Where(f => f.Requirement == FieldRequirement.Optional)
        .OrderBy(f => f.SuggestionOrder)
        .Select(f => f.Path)];

    private static ClusterProfile Fill(ClusterProfile profile, IEnumerable<string> paths) =>
        paths.Aggregate(profile, (p, path) => ClusterProfileBuilder.OptionalFillers[path](p));

    [Theory]
    [InlineData(10, false, 1)]
    [InlineData(11, true, 0)]
    [InlineData(21, true, 0)]
    public void An_EU_profile_needs_11_of_21_optional_fields(int filled, bool eligible, int needed)
    {
        var profile = Fill(ClusterProfileBuilder.MandatoryOnly(), EuOptionalInSuggestionOrder.Take(filled));

        var pro = ClusterProfileBuilder.Assessor().Assess(profile).Pro;

        Assert.Equal(21, pro.OptionalTotal);
        Assert.Equal(filled, pro.OptionalFilled);
        Assert.Equal(eligible, pro.Eligible);
        Assert.Equal(needed, pro.Needed);
    }

    [Theory]
    [InlineData(11, false, 1)]
    [InlineData(12, true, 0)]
    public void A_non_EU_profile_needs_12_of_23_optional_fields(int filled, bool eligible, int needed)
    {
        var nonEuOptional = new[] { "managementFte", "members" }.Concat(EuOptionalInSuggestionOrder);
        var profile = Fill(ClusterProfileBuilder.NonEuMandatoryOnly(), nonEuOptional.Take(filled));

        var pro = ClusterProfileBuilder.Assessor().Assess(profile).Pro;

        Assert.Equal(23, pro.OptionalTotal);
        Assert.Equal(filled, pro.OptionalFilled);
        Assert.Equal(eligible, pro.Eligible);
        Assert.Equal(needed, pro.Needed);
    }

    [Fact]
    public void Whitespace_texts_and_empty_or_blank_lists_are_not_filled()
    {
        var profile = Fill(ClusterProfileBuilder.MandatoryOnly(), EuOptionalInSuggestionOrder.Take(11)) with
        {
            Acronym = "   ",
            TechnologyFields = [],
            Languages = [" "],
        };

        var assessment = ClusterProfileBuilder.Assessor().Assess(profile);

        Assert.True(assessment.Valid);
        Assert.Equal(FieldState.Missing, State(assessment, "acronym"));
        Assert.Equal(FieldState.Missing, State(assessment, "technologyFields"));
        Assert.Equal(FieldState.Missing, State(assessment, "languages"));
        Assert.Equal(8, assessment.Pro.OptionalFilled);
    }

    [Fact]
    public void Zero_is_an_answer()
    {
        var profile = ClusterProfileBuilder.MandatoryOnly() with { AnnualBudgetEur = 0m, MemberEmployees = 0, ManagementFte = 0m };

        var assessment = ClusterProfileBuilder.Assessor().Assess(profile);

        Assert.Equal(FieldState.Filled, State(assessment, "annualBudgetEur"));
        Assert.Equal(FieldState.Filled, State(assessment, "memberEmployees"));
        Assert.Equal(FieldState.Filled, State(assessment, "managementFte"));
        Assert.Equal(2, assessment.Pro.OptionalFilled);
    }

    [Fact]
    public void An_invalid_optional_field_is_not_counted_and_blocks_PRO()
    {
        var profile = Fill(ClusterProfileBuilder.MandatoryOnly(), EuOptionalInSuggestionOrder.Take(11)) with { Region = "XX999" };

        var assessment = ClusterProfileBuilder.Assessor().Assess(profile);

        Assert.Equal(FieldState.Invalid, State(assessment, "region"));
        Assert.Equal(10, assessment.Pro.OptionalFilled);
        Assert.False(assessment.Valid);
        Assert.False(assessment.Pro.Eligible);
        Assert.Equal("region", assessment.Pro.Suggestions[0]);
    }

    [Fact]
    public void An_expired_label_is_not_counted_but_does_not_make_the_profile_invalid()
    {
        var others = EuOptionalInSuggestionOrder.Where(p => p != "clusterLabel").Take(10);
        var profile = Fill(ClusterProfileBuilder.MandatoryOnly(), others) with
        {
            ClusterLabel = new ClusterLabel { Tier = LabelTier.Gold, ValidUntil = new DateOnly(2025, 12, 31) },
        };

        var assessment = ClusterProfileBuilder.Assessor().Assess(profile);

        Assert.True(assessment.Valid);
        Assert.True(assessment.LabelExpired);
        Assert.Equal(FieldState.Expired, State(assessment, "clusterLabel"));
        Assert.Equal(10, assessment.Pro.OptionalFilled);
        Assert.False(assessment.Pro.Eligible);
        Assert.Equal(1, assessment.Pro.Needed);
    }

    [Fact]
    public void A_profile_with_an_error_is_never_PRO_however_complete()
    {
        var assessment = ClusterProfileBuilder.Assessor().Assess(ClusterProfileBuilder.Full() with { City = null });

        Assert.Equal(21, assessment.Pro.OptionalFilled);
        Assert.Equal(0, assessment.Pro.Needed);
        Assert.False(assessment.Pro.Eligible);
        Assert.Equal(["city"], assessment.MandatoryMissing);
    }

    [Fact]
    public void Suggestions_list_missing_optional_fields_most_useful_first_and_at_least_as_many_as_needed()
    {
        var assessment = ClusterProfileBuilder.Assessor().Assess(ClusterProfileBuilder.MandatoryOnly());

        Assert.Equal(11, assessment.Pro.Needed);
        Assert.Equal(EuOptionalInSuggestionOrder.Take(11), assessment.Pro.Suggestions);
        Assert.Equal("region", assessment.Pro.Suggestions[0]);
        Assert.Equal("acronym", assessment.Pro.Suggestions[1]);
    }

    [Fact]
    public void An_eligible_profile_still_gets_the_configured_number_of_suggestions()
    {
        var profile = Fill(ClusterProfileBuilder.MandatoryOnly(), EuOptionalInSuggestionOrder.Skip(2).Take(11));

        var pro = ClusterProfileBuilder.Assessor().Assess(profile).Pro;

        Assert.True(pro.Eligible);
        Assert.Equal(["region", "acronym", EuOptionalInSuggestionOrder[13]], pro.Suggestions);
    }

    [Fact]
    public void The_threshold_is_a_setting()
    {
        var profile = Fill(ClusterProfileBuilder.MandatoryOnly(), EuOptionalInSuggestionOrder.Take(11));

        var pro = ClusterProfileBuilder.Assessor(o => o.ProThreshold = 0.75).Assess(profile).Pro;

        Assert.False(pro.Eligible);
        Assert.Equal(5, pro.Needed); // ⌈0.75 × 21⌉ = 16
    }

    [Fact]
    public void Completeness_is_the_share_of_all_applicable_fields_validly_filled()
    {
        var mandatoryOnly = ClusterProfileBuilder.Assessor().Assess(ClusterProfileBuilder.MandatoryOnly());
        var full = ClusterProfileBuilder.Assessor().Assess(ClusterProfileBuilder.Full());

        Assert.Equal(11.0 / 32, mandatoryOnly.Completeness, 10);
        Assert.Equal(1.0, full.Completeness, 10);
    }

    [Fact]
    public void Mandatory_missing_lists_absent_and_blank_mandatory_fields_in_catalogue_order()
    {
        var assessment = ClusterProfileBuilder.Assessor().Assess(new ClusterProfile { Name = " ", Country = "FI" });

        Assert.Equal(["id", "profileType", "name", "city", "website", "description", "contact.email", "industrialEcosystems", "managementFte", "members"], assessment.MandatoryMissing);
    }

    private static FieldState State(ProfileAssessment assessment, string path) =>
        assessment.Fields.Single(f => f.Path == path).State;
}
