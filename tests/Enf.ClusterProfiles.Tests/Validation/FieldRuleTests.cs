using System.Text.Json;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Tests.TestData;
using static Enf.ClusterProfiles.Issues.IssueSeverity;

namespace Enf.ClusterProfiles.Tests.Validation;

/// <summary>Every rule of profile-v1: a change that breaks it (code, severity, path) and one that keeps it.</summary>
public class FieldRuleTests
{
    internal static readonly string Long = new('x', 5001);

    internal static readonly Dictionary<string, (Func<ClusterProfile, ClusterProfile> Change, string Code, IssueSeverity Severity, string Path)> Failing = new()
    {
        ["id missing"] = (p => p with { Id = null }, IssueCodes.Required, Error, "id"),
        ["id with spaces"] = (p => p with { Id = "Arctic Water" }, IssueCodes.IdFormat, Error, "id"),
        ["id with double hyphen"] = (p => p with { Id = "arctic--water" }, IssueCodes.IdFormat, Error, "id"),
        ["id too short"] = (p => p with { Id = "ab" }, IssueCodes.Length, Error, "id"),
        ["profileType missing"] = (p => p with { ProfileType = null }, IssueCodes.Required, Error, "profileType"),
        ["profileType other"] = (p => p with { ProfileType = ProfileType.FromWire("network") }, IssueCodes.ProfileTypeUnsupported, Error, "profileType"),
        ["name blank"] = (p => p with { Name = "   " }, IssueCodes.Required, Error, "name"),
        ["name one letter after trimming"] = (p => p with { Name = "  A  " }, IssueCodes.Length, Error, "name"),
        ["name too long"] = (p => p with { Name = Long[..201] }, IssueCodes.Length, Error, "name"),
        ["country missing"] = (p => p with { Country = null }, IssueCodes.Required, Error, "country"),
        ["country lower case"] = (p => p with { Country = "fi" }, IssueCodes.CountryUnknown, Error, "country"),
        ["country not real"] = (p => p with { Country = "ZZ" }, IssueCodes.CountryUnknown, Error, "country"),
        ["city empty"] = (p => p with { City = string.Empty }, IssueCodes.Required, Error, "city"),
        ["city too long"] = (p => p with { City = Long[..101] }, IssueCodes.Length, Error, "city"),
        ["website without scheme"] = (p => p with { Website = "arcticwater.example" }, IssueCodes.UrlInvalid, Error, "website"),
        ["website ftp"] = (p => p with { Website = "ftp://arcticwater.example" }, IssueCodes.UrlInvalid, Error, "website"),
        ["description too short"] = (p => p with { Description = "We are a cluster." }, IssueCodes.Length, Error, "description"),
        ["description too long"] = (p => p with { Description = Long }, IssueCodes.Length, Error, "description"),
        ["contact missing"] = (p => p with { Contact = null }, IssueCodes.Required, Error, "contact.email"),
        ["email malformed"] = (p => p with { Contact = p.Contact! with { Email = "info.arcticwater.example" } }, IssueCodes.Email, Error, "contact.email"),
        ["label valid until today: a reminder, not expired"] = (p => p with { ClusterLabel = new ClusterLabel { Tier = LabelTier.Silver, ValidUntil = new DateOnly(2026, 11, 25) } }, IssueCodes.LabelExpiresSoon, Info, "clusterLabel"),
        ["email without a top-level domain"] = (p => p with { Contact = p.Contact! with { Email = "info@cluster" } }, IssueCodes.Email, Error, "contact.email"),
        ["email with a space inside"] = (p => p with { Contact = p.Contact! with { Email = "info @cluster.example" } }, IssueCodes.Email, Error, "contact.email"),
        ["email with a one-letter top-level part"] = (p => p with { Contact = p.Contact! with { Email = "info@cluster.x" } }, IssueCodes.Email, Error, "contact.email"),
        ["ecosystems empty"] = (p => p with { IndustrialEcosystems = [] }, IssueCodes.Required, Error, "industrialEcosystems"),
        ["ecosystem unknown"] = (p => p with { IndustrialEcosystems = [IndustrialEcosystem.Digital, IndustrialEcosystem.FromWire("space")] }, IssueCodes.ValueUnknown, Error, "industrialEcosystems[1]"),
        ["ecosystem repeated"] = (p => p with { IndustrialEcosystems = [IndustrialEcosystem.Digital, IndustrialEcosystem.Health, IndustrialEcosystem.Digital] }, IssueCodes.ListDuplicate, Error, "industrialEcosystems[2]"),
        ["managementFte missing in EU"] = (p => p with { ManagementFte = null }, IssueCodes.Required, Error, "managementFte"),
        ["managementFte negative"] = (p => p with { ManagementFte = -1m }, IssueCodes.Range, Error, "managementFte"),
        ["managementFte too large"] = (p => p with { ManagementFte = 1000.5m }, IssueCodes.Range, Error, "managementFte"),
        ["members missing in EU"] = (p => p with { Members = null }, IssueCodes.Required, Error, "members"),
        ["members without counts"] = (p => p with { Members = new MemberCounts() }, IssueCodes.Required, Error, "members"),
        ["members negative count"] = (p => p with { Members = p.Members! with { PublicBodies = -2 } }, IssueCodes.Minimum, Error, "members.publicBodies"),
        ["acronym too long"] = (p => p with { Acronym = Long[..31] }, IssueCodes.Length, Error, "acronym"),
        ["region not NUTS"] = (p => p with { Region = "Lapland" }, IssueCodes.RegionInvalid, Error, "region"),
        ["region Finnish code that does not exist"] = (p => p with { Region = "FI1D4" }, IssueCodes.RegionInvalid, Error, "region"),
        ["region in another country"] = (p => p with { Region = "SE332" }, IssueCodes.RegionCountryMismatch, Error, "region"),
        ["region Greece written GR"] = (p => p with { Country = "GR", Region = "GR30" }, IssueCodes.RegionCountryMismatch, Error, "region"),
        ["postalAddress too long"] = (p => p with { PostalAddress = Long[..301] }, IssueCodes.Length, Error, "postalAddress"),
        ["yearEstablished before 1800"] = (p => p with { YearEstablished = 1799 }, IssueCodes.Minimum, Error, "yearEstablished"),
        ["yearEstablished next year"] = (p => p with { YearEstablished = 2027 }, IssueCodes.DateInFuture, Error, "yearEstablished"),
        ["contact name too long"] = (p => p with { Contact = p.Contact! with { Name = Long[..201] } }, IssueCodes.Length, Error, "contact.name"),
        ["phone national format"] = (p => p with { Contact = p.Contact! with { Phone = "040 123 4567" } }, IssueCodes.PhoneInvalid, Error, "contact.phone"),
        ["phone too few digits"] = (p => p with { Contact = p.Contact! with { Phone = "+358 123" } }, IssueCodes.PhoneInvalid, Error, "contact.phone"),
        ["phone too many digits"] = (p => p with { Contact = p.Contact! with { Phone = "+358 1234 5678 9012 3456 78" } }, IssueCodes.PhoneInvalid, Error, "contact.phone"),
        ["phone with brackets"] = (p => p with { Contact = p.Contact! with { Phone = "+358 (40) 123 4567" } }, IssueCodes.PhoneInvalid, Error, "contact.phone"),
        ["memberEmployees negative"] = (p => p with { MemberEmployees = -5 }, IssueCodes.Minimum, Error, "memberEmployees"),
        ["emerging industry unknown"] = (p => p with { EmergingIndustries = [EmergingIndustry.FromWire("spaceTourism")] }, IssueCodes.ValueUnknown, Error, "emergingIndustries[0]"),
        ["S3 priority blank among filled"] = (p => p with { SmartSpecialisationPriorities = ["Arctic", "  "] }, IssueCodes.Required, Error, "smartSpecialisationPriorities[1]"),
        ["technology field too long"] = (p => p with { TechnologyFields = [Long[..201]] }, IssueCodes.Length, Error, "technologyFields[0]"),
        ["label tier unknown"] = (p => p with { ClusterLabel = new ClusterLabel { Tier = LabelTier.FromWire("platinum"), ValidUntil = new DateOnly(2027, 1, 1) } }, IssueCodes.ValueUnknown, Error, "clusterLabel.tier"),
        ["label without tier"] = (p => p with { ClusterLabel = new ClusterLabel { ValidUntil = new DateOnly(2027, 1, 1) } }, IssueCodes.Required, Error, "clusterLabel.tier"),
        ["label without date"] = (p => p with { ClusterLabel = new ClusterLabel { Tier = LabelTier.Gold } }, IssueCodes.Required, Error, "clusterLabel.validUntil"),
        ["label expired"] = (p => p with { ClusterLabel = new ClusterLabel { Tier = LabelTier.Gold, ValidUntil = new DateOnly(2026, 11, 24) } }, IssueCodes.LabelExpired, Warning, "clusterLabel"),
        ["support programme too long"] = (p => p with { SupportProgrammes = [Long[..301]] }, IssueCodes.Length, Error, "supportProgrammes[0]"),
        ["annual budget negative"] = (p => p with { AnnualBudgetEur = -1m }, IssueCodes.Minimum, Error, "annualBudgetEur"),
        ["funding source unknown"] = (p => p with { FundingSources = [FundingSource.FromWire("grants")] }, IssueCodes.ValueUnknown, Error, "fundingSources[0]"),
        ["cooperation country repeated"] = (p => p with { InternationalCooperation = ["SE", "SE"] }, IssueCodes.ListDuplicate, Error, "internationalCooperation[1]"),
        ["cooperation country by name"] = (p => p with { InternationalCooperation = ["Sweden"] }, IssueCodes.CountryUnknown, Error, "internationalCooperation[0]"),
        ["EU project too long"] = (p => p with { EuProjects = [Long[..301]] }, IssueCodes.Length, Error, "euProjects[0]"),
        ["service blank among filled"] = (p => p with { ServicesOffered = [string.Empty, "Matchmaking"] }, IssueCodes.Required, Error, "servicesOffered[0]"),
        ["partnership interests too long"] = (p => p with { PartnershipInterests = Long[..2001] }, IssueCodes.Length, Error, "partnershipInterests"),
        ["logo relative"] = (p => p with { LogoUrl = "logo.png" }, IssueCodes.UrlInvalid, Error, "logoUrl"),
        ["social media repeated"] = (p => p with { SocialMedia = ["https://a.example/x", "https://a.example/x"] }, IssueCodes.ListDuplicate, Error, "socialMedia[1]"),
        ["social media not a URL"] = (p => p with { SocialMedia = ["linkedin"] }, IssueCodes.UrlInvalid, Error, "socialMedia[0]"),
        ["language upper case"] = (p => p with { Languages = ["FI"] }, IssueCodes.LanguageUnknown, Error, "languages[0]"),
        ["language repeated"] = (p => p with { Languages = ["fi", "en", "fi"] }, IssueCodes.ListDuplicate, Error, "languages[2]"),
        // A list of more than eight items is checked with a set, a shorter one by looking back: both find the repeat.
        ["language repeated in a long list"] = (p => p with { Languages = ["fi", "sv", "en", "de", "fr", "es", "it", "et", "nl", "sv"] }, IssueCodes.ListDuplicate, Error, "languages[9]"),
        ["lastUpdated tomorrow"] = (p => p with { LastUpdated = new DateOnly(2026, 11, 26) }, IssueCodes.DateInFuture, Error, "lastUpdated"),
        ["lastUpdated 366 days ago"] = (p => p with { LastUpdated = new DateOnly(2025, 11, 24) }, IssueCodes.ProfileStale, Warning, "lastUpdated"),
        ["lastUpdated absent"] = (p => p with { LastUpdated = null }, IssueCodes.LastUpdatedUnknown, Info, "lastUpdated"),
        ["schemaVersion 2.0"] = (p => p with { SchemaVersion = "2.0" }, IssueCodes.SchemaVersionUnsupported, Error, "schemaVersion"),
        ["unknown root property"] = (p => p with { AdditionalProperties = new() { ["fax"] = JsonDocument.Parse("1").RootElement } }, IssueCodes.PropertyUnknown, Warning, "fax"),
        ["unknown contact property"] = (p => p with { Contact = p.Contact! with { AdditionalProperties = new() { ["fax"] = JsonDocument.Parse("1").RootElement } } }, IssueCodes.PropertyUnknown, Warning, "contact.fax"),
    };

    internal static readonly Dictionary<string, (Func<ClusterProfile, ClusterProfile> Change, string Path)> Passing = new()
    {
        ["id with digits and hyphens"] = (p => p with { Id = "a1-b2-c3" }, "id"),
        ["name trimmed to two letters"] = (p => p with { Name = "  AB  " }, "name"),
        ["country with a trailing space is that country"] = (p => p with { Country = "FI " }, "country"),
        ["email with spaces around it is that address"] = (p => p with { Contact = p.Contact! with { Email = " info@arcticwater.example " } }, "contact.email"),
        ["email with a subdomain"] = (p => p with { Contact = p.Contact! with { Email = "first.last@mail.arcticwater.example" } }, "contact.email"),
        ["website with a trailing space"] = (p => p with { Website = "https://arcticwater.example/en " }, "website"),
        ["ecosystem with a trailing space"] = (p => p with { IndustrialEcosystems = [new IndustrialEcosystem("digital ")] }, "industrialEcosystems"),
        ["Kosovo as XK"] = (p => p with { Country = "XK", Region = null }, "country"),
        ["website http"] = (p => p with { Website = "http://arcticwater.example" }, "website"),
        ["description exactly 50 after trimming"] = (p => p with { Description = "  " + new string('d', 50) + "  " }, "description"),
        ["all 14 ecosystems"] = (p => p with { IndustrialEcosystems = [.. IndustrialEcosystem.All] }, "industrialEcosystems"),
        ["managementFte zero"] = (p => p with { ManagementFte = 0m }, "managementFte"),
        ["managementFte 1000"] = (p => p with { ManagementFte = 1000m }, "managementFte"),
        ["members one count of zero"] = (p => p with { Members = new MemberCounts { Other = 0 } }, "members"),
        ["region NUTS 1"] = (p => p with { Region = "FI1" }, "region"),
        ["region Greece written EL"] = (p => p with { Country = "GR", Region = "EL30" }, "region"),
        ["region Swedish code in Sweden"] = (p => p with { Country = "SE", Region = "SE332" }, "region"),
        ["yearEstablished this year"] = (p => p with { YearEstablished = 2026 }, "yearEstablished"),
        ["yearEstablished 1800"] = (p => p with { YearEstablished = 1800 }, "yearEstablished"),
        ["phone with hyphens"] = (p => p with { Contact = p.Contact! with { Phone = "+358-40-123-4567" } }, "contact.phone"),
        ["phone 20 digits"] = (p => p with { Contact = p.Contact! with { Phone = "+12345678901234567890" } }, "contact.phone"),
        ["label valid for more than 90 days"] = (p => p with { ClusterLabel = new ClusterLabel { Tier = LabelTier.Silver, ValidUntil = new DateOnly(2027, 2, 24) } }, "clusterLabel"),
        ["lastUpdated exactly 365 days ago"] = (p => p with { LastUpdated = new DateOnly(2025, 11, 25) }, "lastUpdated"),
        ["lastUpdated today"] = (p => p with { LastUpdated = new DateOnly(2026, 11, 25) }, "lastUpdated"),
        ["schemaVersion absent"] = (p => p with { SchemaVersion = null }, "schemaVersion"),
        ["optional text blank is a gap, not an error"] = (p => p with { Acronym = "   " }, "acronym"),
        ["optional list of blanks is a gap, not an error"] = (p => p with { TechnologyFields = ["", " "] }, "technologyFields"),
        ["M-EU field absent outside the EU"] = (p => p with { Country = "NO", Region = null, ManagementFte = null, Members = null }, "managementFte"),
    };

    public static TheoryData<string> FailingCases => [.. Failing.Keys];

    public static TheoryData<string> PassingCases => [.. Passing.Keys];

    [Theory]
    [MemberData(nameof(FailingCases))]
    public void A_broken_rule_is_reported_with_its_code_severity_and_path(string name)
    {
        var (change, code, severity, path) = Failing[name];

        var assessment = ClusterProfileBuilder.Assessor().Assess(change(ClusterProfileBuilder.Full()));

        assessment.HasIssue(code, severity, path);
        Assert.Equal(severity != Error, assessment.Valid);
    }

    [Theory]
    [MemberData(nameof(PassingCases))]
    public void A_value_within_the_rule_is_not_reported(string name)
    {
        var (change, path) = Passing[name];

        var assessment = ClusterProfileBuilder.Assessor().Assess(change(ClusterProfileBuilder.Full()));

        assessment.HasNoIssueAt(path);
    }

    [Fact]
    public void The_full_profile_has_no_errors_or_warnings()
    {
        var assessment = ClusterProfileBuilder.Assessor().Assess(ClusterProfileBuilder.Full());

        Assert.True(assessment.Valid);
        Assert.All(assessment.Issues, i => Assert.Equal(Info, i.Severity));
    }

    [Fact]
    public void Every_issue_code_is_exercised_by_a_rule_test()
    {
        var tested = Failing.Values.Select(c => c.Code)
            .Concat(PublicationCriteriaTests.CodesTested)
            .Concat(Json.RawInputCorpusTests.Invalid.Select(row => (string)row[1]))
            .Concat(Json.RawInputCorpusTests.CodesTestedElsewhere)
            .ToHashSet();

        Assert.All(IssueCodes.All, code => Assert.Contains(code, tested));
    }
}
