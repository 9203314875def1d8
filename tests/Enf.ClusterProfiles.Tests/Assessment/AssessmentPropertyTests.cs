using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Tests.TestData;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Enf.ClusterProfiles.Tests.Assessment;

/// <summary>Laws that hold for every profile, checked on generated ones.</summary>
[Properties(Arbitrary = [typeof(ProfileArbitraries)], MaxTest = 300)]
public class AssessmentPropertyTests
{
    private static readonly ProfileAssessor Assessor = ClusterProfileBuilder.Assessor();

    [Property]
    public bool Completeness_stays_between_zero_and_one(ClusterProfile profile)
    {
        var completeness = Assessor.Assess(profile).Completeness;
        return completeness is >= 0 and <= 1;
    }

    [Property]
    public bool Filling_a_missing_optional_field_never_lowers_completeness(ClusterProfile profile)
    {
        var before = Assessor.Assess(profile);
        return before.Fields
            .Where(f => f.Requirement == FieldRequirement.Optional && f.State == FieldState.Missing)
            .All(f => Assessor.Assess(ClusterProfileBuilder.OptionalFillers[f.Path](profile)).Completeness >= before.Completeness);
    }

    [Property]
    public bool PRO_implies_no_errors_and_every_mandatory_field_filled(ClusterProfile profile)
    {
        var assessment = Assessor.Assess(profile);
        return !assessment.Pro.Eligible
            || (assessment.Valid
                && assessment.Issues.All(i => i.Severity != IssueSeverity.Error)
                && assessment.MandatoryMissing.Count == 0
                && assessment.Fields.Where(f => f.Requirement == FieldRequirement.Mandatory).All(f => f.State == FieldState.Filled)
                && 2 * assessment.Pro.OptionalFilled >= assessment.Pro.OptionalTotal);
    }

    [Property]
    public bool Assessing_never_throws_and_every_issue_has_a_code_path_and_message(ClusterProfile profile)
    {
        var assessment = Assessor.Assess(profile);
        return assessment.Issues.All(i => IssueCodes.All.Contains(i.Code) && i.Path.Length > 0 && i.Message.Length > 0);
    }
}

/// <summary>
/// Generated profiles: a valid base (EU, non-EU or complete) with a random set of changes applied, from
/// blanking and breaking fields to arbitrary strings, so that every rule is hit in combination.
/// </summary>
public static class ProfileArbitraries
{
    public static Arbitrary<ClusterProfile> Profiles()
    {
        var bases = Gen.Elements(ClusterProfileBuilder.MandatoryOnly(), ClusterProfileBuilder.NonEuMandatoryOnly(), ClusterProfileBuilder.Full(), new ClusterProfile());
        var text = ArbMap.Default.GeneratorFor<string>();
        var number = ArbMap.Default.GeneratorFor<decimal>();
        var integer = ArbMap.Default.GeneratorFor<int>();

        var change = Gen.OneOf(
            Gen.Elements(FixedChanges),
            text.Select(s => (Func<ClusterProfile, ClusterProfile>)(p => p with { Name = s })),
            text.Select(s => (Func<ClusterProfile, ClusterProfile>)(p => p with { Id = s, Region = s })),
            text.Select(s => (Func<ClusterProfile, ClusterProfile>)(p => p with { Country = s })),
            text.Select(s => (Func<ClusterProfile, ClusterProfile>)(p => p with { Website = s, Languages = [s, s] })),
            text.Select(s => (Func<ClusterProfile, ClusterProfile>)(p => p with { Contact = new ContactDetails { Email = s, Phone = s } })),
            text.Select(s => (Func<ClusterProfile, ClusterProfile>)(p => p with { IndustrialEcosystems = [IndustrialEcosystem.FromWire(s ?? string.Empty)] })),
            number.Select(n => (Func<ClusterProfile, ClusterProfile>)(p => p with { ManagementFte = n, AnnualBudgetEur = n })),
            integer.Select(n => (Func<ClusterProfile, ClusterProfile>)(p => p with { YearEstablished = n, MemberEmployees = n, Members = new MemberCounts { Smes = n, Other = n } })),
            Gen.Elements([.. ClusterProfileBuilder.OptionalFillers.Values]));

        var profiles =
            from start in bases
            from changes in Gen.ListOf(change)
            select changes.Aggregate(start, (p, f) => f(p));
        return profiles.ToArbitrary();
    }

    private static readonly Func<ClusterProfile, ClusterProfile>[] FixedChanges =
    [
        p => p with { Id = null },
        p => p with { ProfileType = ProfileType.FromWire("network") },
        p => p with { Country = "NO" },
        p => p with { Country = "SE" },
        p => p with { Country = null },
        p => p with { Description = "   " },
        p => p with { Members = new MemberCounts() },
        p => p with { Members = null, ManagementFte = null },
        p => p with { Region = "FI1D4" },
        p => p with { ClusterLabel = new ClusterLabel { Tier = LabelTier.Gold, ValidUntil = new DateOnly(2020, 1, 1) } },
        p => p with { ClusterLabel = new ClusterLabel() },
        p => p with { TechnologyFields = ["", " "] },
        p => p with { SocialMedia = ["https://a.example", "https://a.example"] },
        p => p with { LastUpdated = new DateOnly(2030, 1, 1) },
        p => p with { LastUpdated = new DateOnly(2020, 1, 1) },
        p => p with { SchemaVersion = "9.9" },
        p => p with { SupportProgrammes = ["Programme"] },
        p => p with { IndustrialEcosystems = [default] },
        p => p with { EmergingIndustries = [default, EmergingIndustry.BlueGrowth] },
    ];
}
