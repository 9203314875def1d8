using Bogus;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Reference;

namespace Enf.ClusterProfiles.Testing;

/// <summary>
/// Realistic generated profiles with a fixed seed: East and North Finland clusters, most fields filled some of
/// the time, and about one profile in five with a mistake people make (a phone number in national format, a
/// short description, a lower-case country, a stray ecosystem, a region of another country, a website without
/// its scheme, …). Shared by the benchmarks (bulk files, one profile) and the tests (the differential test),
/// so that what is measured is what is tested.
/// </summary>
public static class ProfileFaker
{
    private static readonly string[] Regions = [.. NutsRegions.EastAndNorthFinland.Keys];
    private static readonly string[] Cities = ["Oulu", "Kuopio", "Joensuu", "Rovaniemi", "Kajaani", "Kokkola", "Mikkeli", "Kemi", "Iisalmi", "Savonlinna"];

    public static IEnumerable<ClusterProfile> Generate(int count, int seed = 20261125)
    {
        var faker = new Faker("en") { Random = new Randomizer(seed) };
        for (var i = 0; i < count; i++)
        {
            yield return One(faker, i);
        }
    }

    private static ClusterProfile One(Faker f, int index)
    {
        var words = f.Lorem.Words(2);
        var id = $"{words[0]}-{words[1]}-{index}".ToLowerInvariant();
        var profile = new ClusterProfile
        {
            SchemaVersion = "1.0",
            Id = id,
            ProfileType = ProfileType.ClusterOrganisation,
            Name = $"{f.Company.CompanyName()} Cluster",
            Acronym = f.Random.Bool(0.7f) ? f.Random.String2(3, 6, "ABCDEFGHIJKLMNOPRSTUVY") : null,
            Country = "FI",
            Region = f.Random.Bool(0.8f) ? f.PickRandom(Regions) : null,
            City = f.PickRandom(Cities),
            PostalAddress = f.Random.Bool(0.5f) ? f.Address.StreetAddress() : null,
            Website = $"https://{id}.example/en",
            Description = f.Lorem.Paragraph(4),
            YearEstablished = f.Random.Bool(0.6f) ? f.Random.Int(1990, 2025) : null,
            Contact = new ContactDetails
            {
                Email = $"info@{id}.example",
                Name = f.Random.Bool(0.6f) ? f.Name.FullName() : null,
                Phone = f.Random.Bool(0.5f) ? $"+358 4{f.Random.Int(0, 9)} {f.Random.Int(100, 999)} {f.Random.Int(1000, 9999)}" : null,
            },
            IndustrialEcosystems = [.. f.PickRandom(IndustrialEcosystem.All, f.Random.Int(1, 3))],
            EmergingIndustries = f.Random.Bool(0.5f) ? [.. f.PickRandom(EmergingIndustry.All, f.Random.Int(1, 2))] : null,
            ManagementFte = Math.Round(f.Random.Decimal(0.2m, 6m), 1),
            Members = new MemberCounts
            {
                Smes = f.Random.Int(3, 80),
                LargeCompanies = f.Random.Bool(0.6f) ? f.Random.Int(0, 8) : null,
                ResearchAndEducation = f.Random.Bool(0.7f) ? f.Random.Int(0, 5) : null,
                PublicBodies = f.Random.Bool(0.5f) ? f.Random.Int(0, 6) : null,
            },
            TechnologyFields = f.Random.Bool(0.6f) ? [.. f.Lorem.Words(f.Random.Int(1, 4))] : null,
            ServicesOffered = f.Random.Bool(0.6f) ? ["Matchmaking", "Export missions"] : null,
            SupportProgrammes = f.Random.Bool(0.3f) ? ["Regional cluster programme"] : null,
            FundingSources = f.Random.Bool(0.5f) ? [FundingSource.Public, FundingSource.MembershipFees] : null,
            Languages = f.Random.Bool(0.7f) ? ["fi", "en"] : null,
            ClusterLabel = f.Random.Bool(0.2f) ? new ClusterLabel { Tier = f.PickRandom(LabelTier.All.ToArray()), ValidUntil = new DateOnly(f.Random.Int(2024, 2029), 6, 30) } : null,
            LastUpdated = new DateOnly(2026, 1, 1).AddDays(f.Random.Int(-700, 300)),
        };

        // About one in five has a typical mistake.
        return f.Random.Int(0, 19) < 4 ? Mistake(f, profile) : profile;
    }

    private static ClusterProfile Mistake(Faker f, ClusterProfile profile) => f.Random.Int(0, 11) switch
    {
        0 => profile with { Contact = profile.Contact! with { Phone = "040 123 4567" } },
        1 => profile with { Description = "A cluster." },
        2 => profile with { Country = "fi" },
        3 => profile with { IndustrialEcosystems = [IndustrialEcosystem.FromWire("bioeconomy")] },
        4 => profile with { Region = "SE332" },
        5 => profile with { Website = $"www.{profile.Id}.example" },
        6 => profile with { Languages = ["fi", "en", "fi"] },
        7 => profile with { YearEstablished = 2031 },
        8 => profile with { Members = profile.Members! with { PublicBodies = -1 } },
        9 => profile with { Id = profile.Id!.ToUpperInvariant() + " " },
        10 => profile with { Languages = ["fin"], ClusterLabel = new ClusterLabel { Tier = LabelTier.Gold } },
        _ => profile with { Name = "X", TechnologyFields = ["", "water"] },
    };
}
