using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Configuration;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Reference;
using Microsoft.Extensions.Time.Testing;

namespace Enf.ClusterProfiles.Tests.TestData;

/// <summary>
/// Profiles for tests: each test starts from one of these and changes only the field it is about, with a
/// <c>with</c> expression.
/// </summary>
public static class ClusterProfileBuilder
{
    /// <summary>The day every test takes as today.</summary>
    public static readonly DateOnly Today = new(2026, 11, 25);

    /// <summary>A clock stopped at noon UTC of <see cref="Today"/>.</summary>
    public static FakeTimeProvider Clock() => new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    /// <summary>An assessor with the spec's defaults and the stopped clock.</summary>
    public static ProfileAssessor Assessor(Action<ClusterProfilesOptions>? configure = null)
    {
        var options = new ClusterProfilesOptions();
        configure?.Invoke(options);
        return new ProfileAssessor(options, Clock());
    }

    /// <summary>A Finnish (EU) profile with every mandatory field (M and M-EU) filled, no optional field, and a fresh date.</summary>
    public static ClusterProfile MandatoryOnly() => new()
    {
        Id = "arctic-water",
        ProfileType = ProfileType.ClusterOrganisation,
        Name = "Arctic Water Cluster",
        Country = "FI",
        City = "Oulu",
        Website = "https://arcticwater.example/en",
        Description = "Arctic Water Cluster brings together companies, universities and cities working on clean water in cold climates.",
        Contact = new ContactDetails { Email = "info@arcticwater.example" },
        IndustrialEcosystems = [IndustrialEcosystem.EnergyRenewables, IndustrialEcosystem.Digital],
        ManagementFte = 2.5m,
        Members = new MemberCounts { Smes = 30, LargeCompanies = 4, ResearchAndEducation = 3, PublicBodies = 2 },
        LastUpdated = new DateOnly(2026, 10, 1),
    };

    /// <summary>A non-EU (Norwegian) profile with the nine mandatory fields only.</summary>
    public static ClusterProfile NonEuMandatoryOnly() => MandatoryOnly() with
    {
        Id = "tromso-arctic",
        Country = "NO",
        City = "Tromsø",
        ManagementFte = null,
        Members = null,
    };

    /// <summary>A profile with every field filled validly.</summary>
    public static ClusterProfile Full() => MandatoryOnly() with
    {
        SchemaVersion = "1.0",
        Acronym = "AWC",
        Region = "FI1D9",
        PostalAddress = "Teknologiantie 1, 90590 Oulu",
        YearEstablished = 2012,
        Contact = new ContactDetails { Email = "info@arcticwater.example", Name = "Aino Virtanen", Phone = "+358 40 123 4567" },
        MemberEmployees = 5400,
        EmergingIndustries = [EmergingIndustry.EnvironmentalIndustries, EmergingIndustry.BlueGrowth],
        SmartSpecialisationPriorities = ["Clean water and arctic conditions"],
        TechnologyFields = ["Water treatment", "Sensors"],
        ClusterLabel = new ClusterLabel { Tier = LabelTier.Bronze, ValidUntil = new DateOnly(2027, 12, 31) },
        SupportProgrammes = ["Pohjois-Pohjanmaa cluster programme"],
        AnnualBudgetEur = 850000m,
        FundingSources = [FundingSource.Public, FundingSource.MembershipFees],
        InternationalCooperation = ["SE", "NO", "CA"],
        EuProjects = ["Interreg Aurora: Arctic Water Link"],
        ServicesOffered = ["Matchmaking", "Testbed access"],
        PartnershipInterests = "Partners for cold-climate water treatment pilots.",
        LogoUrl = "https://arcticwater.example/logo.png",
        SocialMedia = ["https://www.linkedin.com/company/arctic-water-example"],
        Languages = ["fi", "en", "sv"],
    };

    /// <summary>
    /// One valid value for every optional (and M-EU) field, as a function that fills it: the property tests
    /// and the PRO boundary tests fill fields one by one from here.
    /// </summary>
    public static IReadOnlyDictionary<string, Func<ClusterProfile, ClusterProfile>> OptionalFillers { get; } =
        new Dictionary<string, Func<ClusterProfile, ClusterProfile>>
        {
            ["managementFte"] = p => p with { ManagementFte = 1m },
            ["members"] = p => p with { Members = new MemberCounts { Smes = 20, ResearchAndEducation = 2 } },
            ["acronym"] = p => p with { Acronym = "AWC" },
            ["region"] = p => p with { Region = p.Country == "FI" ? "FI1D9" : NutsRegions.NutsCountryPart(p.Country ?? "FI") + "1" },
            ["postalAddress"] = p => p with { PostalAddress = "Teknologiantie 1, Oulu" },
            ["yearEstablished"] = p => p with { YearEstablished = 2010 },
            ["contact.name"] = p => p with { Contact = (p.Contact ?? new ContactDetails()) with { Name = "Aino Virtanen" } },
            ["contact.phone"] = p => p with { Contact = (p.Contact ?? new ContactDetails()) with { Phone = "+358 40 123 4567" } },
            ["memberEmployees"] = p => p with { MemberEmployees = 100 },
            ["emergingIndustries"] = p => p with { EmergingIndustries = [EmergingIndustry.BlueGrowth] },
            ["smartSpecialisationPriorities"] = p => p with { SmartSpecialisationPriorities = ["Arctic know-how"] },
            ["technologyFields"] = p => p with { TechnologyFields = ["Sensors"] },
            ["clusterLabel"] = p => p with { ClusterLabel = new ClusterLabel { Tier = LabelTier.Silver, ValidUntil = new DateOnly(2028, 1, 1) } },
            ["supportProgrammes"] = p => p with { SupportProgrammes = ["Regional cluster programme"] },
            ["annualBudgetEur"] = p => p with { AnnualBudgetEur = 0m },
            ["fundingSources"] = p => p with { FundingSources = [FundingSource.Projects] },
            ["internationalCooperation"] = p => p with { InternationalCooperation = ["SE"] },
            ["euProjects"] = p => p with { EuProjects = ["Horizon Europe pilot"] },
            ["servicesOffered"] = p => p with { ServicesOffered = ["Matchmaking"] },
            ["partnershipInterests"] = p => p with { PartnershipInterests = "Pilots abroad." },
            ["logoUrl"] = p => p with { LogoUrl = "https://example.org/logo.png" },
            ["socialMedia"] = p => p with { SocialMedia = ["https://example.org/social"] },
            ["languages"] = p => p with { Languages = ["fi"] },
        };
}
