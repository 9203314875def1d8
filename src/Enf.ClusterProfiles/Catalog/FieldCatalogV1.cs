using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Reference;
using static Enf.ClusterProfiles.Catalog.FieldRequirement;

namespace Enf.ClusterProfiles.Catalog;

/// <summary>
/// The field table of profile-v1.md as code: one line per field, in the spec's order. Everything else
/// (validators, scores, schema, docs, console) is derived from this list.
/// </summary>
internal static class FieldCatalogV1
{
    public const string IdPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>
    /// An e-mail address as profile-v1 (revision 1.1) defines it: <c>local@domain</c>, no white space, the domain
    /// with at least one dot and a top-level part of two or more letters (<c>info@cluster</c> is not an address).
    /// </summary>
    public const string EmailPattern = @"^[^@\s]+@(?:[^@\s.]+\.)+[A-Za-z]{2,}$";

    // International format: "+", then digits, spaces or hyphens, with 8 to 20 digits. One pattern, published
    // in the schema and the catalogue and used as it is by the validator (compiled with the library: a constant,
    // its repeat {7,19} being the digits after the first; a test holds it to PhoneMinDigits and PhoneMaxDigits).
    public const int PhoneMinDigits = 8;
    public const int PhoneMaxDigits = 20;
    public const string PhonePattern = @"^\+[0-9](?:[ \-]*[0-9]){7,19}[ \-]*$";

    public static FieldCatalog Create() => new(SchemaVersions.V1,
    [
        Field("id", Mandatory, 0, Slug(p => p.Id, (p, v) => p with { Id = v }, 3, 80, IdPattern, IssueCodes.IdFormat),
            new("Identifier", "Tunniste", "Identifierare"),
            new("Stable slug that identifies the profile in a registry, e.g. arctic-water.",
                "Pysyvä tunniste, jolla profiili löytyy rekisteristä, esim. arctic-water.",
                "Stabil identifierare för profilen i ett register, t.ex. arctic-water.")),
        Field("profileType", Mandatory, 0, Choice(p => p.ProfileType?.Value, (p, v) => p with { ProfileType = new ProfileType(v) }, ProfileType.All.Select(t => t.Value), IssueCodes.ProfileTypeUnsupported),
            new("Profile type", "Profiilin tyyppi", "Profiltyp"),
            new("Always clusterOrganisation in version 1.0.",
                "Versiossa 1.0 aina clusterOrganisation.",
                "Alltid clusterOrganisation i version 1.0.")),
        Field("name", Mandatory, 0, Text(p => p.Name, (p, v) => p with { Name = v }, 2, 200),
            new("Name", "Nimi", "Namn"),
            new("Full name of the cluster organisation.",
                "Klusteriorganisaation koko nimi.",
                "Klusterorganisationens fullständiga namn.")),
        Field("country", Mandatory, 0,
            Of(FieldKind.CountryCode, new FieldConstraints { AllowedValues = Countries.All }, new TextValue(p => p.Country, (p, v) => p with { Country = v }), IssueCodes.CountryUnknown),
            new("Country", "Maa", "Land"),
            new("Country of the cluster organisation as an ISO code, e.g. FI.",
                "Klusteriorganisaation maa ISO-koodina, esim. FI.",
                "Klusterorganisationens land som ISO-kod, t.ex. FI.")),
        Field("city", Mandatory, 0, Text(p => p.City, (p, v) => p with { City = v }, 1, 100),
            new("City", "Kaupunki", "Stad"),
            new("City where the cluster organisation is based.",
                "Kaupunki, jossa klusteriorganisaatio toimii.",
                "Staden där klusterorganisationen finns.")),
        Field("website", Mandatory, 0, Of(FieldKind.Url, new FieldConstraints(), new TextValue(p => p.Website, (p, v) => p with { Website = v }), IssueCodes.UrlInvalid),
            new("Website", "Verkkosivusto", "Webbplats"),
            new("Address of the English-language website.",
                "Englanninkielisen verkkosivuston osoite.",
                "Adress till den engelskspråkiga webbplatsen.")),
        Field("description", Mandatory, 0, Text(p => p.Description, (p, v) => p with { Description = v }, 50, 5000),
            new("Description", "Kuvaus", "Beskrivning"),
            new("What the cluster does and for whom, in English.",
                "Mitä klusteri tekee ja kenelle, englanniksi.",
                "Vad klustret gör och för vem, på engelska.")),
        Field("contact.email", Mandatory, 0, Of(FieldKind.Email, new FieldConstraints { Pattern = EmailPattern }, new TextValue(p => p.Contact?.Email, (p, v) => p with { Contact = p.Contact! with { Email = v } }), IssueCodes.Email),
            new("Contact e-mail", "Yhteyssähköposti", "Kontaktens e-post"),
            new("E-mail address for enquiries.",
                "Sähköpostiosoite yhteydenottoja varten.",
                "E-postadress för förfrågningar.")),
        Field("industrialEcosystems", Mandatory, 0,
            ChoiceList(p => p.IndustrialEcosystems, (p, v) => p with { IndustrialEcosystems = v }, minItems: 1),
            new("Industrial ecosystems", "Teolliset ekosysteemit", "Industriella ekosystem"),
            new("The EU industrial ecosystems the cluster works in.",
                "EU:n teolliset ekosysteemit, joissa klusteri toimii.",
                "EU:s industriella ekosystem som klustret verkar i.")),
        Field("managementFte", MandatoryInEu, 7, Number(FieldKind.Number, p => p.ManagementFte, 0, 1000),
            new("Management staff (FTE)", "Hallinnon henkilöstö (htv)", "Ledningens personal (årsverken)"),
            new("Staff of the cluster management team in full-time equivalents.",
                "Klusterin hallinnon henkilöstö henkilötyövuosina.",
                "Klusterledningens personal i heltidsekvivalenter.")),
        Field("members", MandatoryInEu, 8, Of(FieldKind.MemberCounts, new FieldConstraints { Minimum = 0, Properties = [.. new MemberCounts().ByType.Select(c => c.Key)] }, new ObjectValue<MemberCounts>(p => p.Members, m => m.HasAnyCount), IssueCodes.Minimum),
            new("Members", "Jäsenet", "Medlemmar"),
            new("How many members of each type the cluster has.",
                "Montako kunkin tyypin jäsentä klusterilla on.",
                "Hur många medlemmar av varje typ klustret har.")),
        Field("acronym", Optional, 2, Text(p => p.Acronym, (p, v) => p with { Acronym = v }, 1, 30),
            new("Acronym", "Lyhenne", "Förkortning"),
            new("Short name of the cluster.",
                "Klusterin lyhyt nimi.",
                "Klustrets korta namn.")),
        Field("region", Optional, 1, Of(FieldKind.NutsRegion, new FieldConstraints { Pattern = "^[A-Z]{2}[0-9A-Z]{1,3}$" }, new TextValue(p => p.Region, (p, v) => p with { Region = v }), IssueCodes.RegionInvalid),
            new("Region (NUTS)", "Alue (NUTS)", "Region (NUTS)"),
            new("NUTS code of the cluster's region, e.g. FI1D9 for North Ostrobothnia.",
                "Klusterin alueen NUTS-koodi, esim. FI1D9 Pohjois-Pohjanmaa.",
                "NUTS-kod för klustrets region, t.ex. FI1D9 för Norra Österbotten.")),
        Field("postalAddress", Optional, 4, Text(p => p.PostalAddress, (p, v) => p with { PostalAddress = v }, 1, 300),
            new("Postal address", "Postiosoite", "Postadress"),
            new("Postal address of the cluster organisation.",
                "Klusteriorganisaation postiosoite.",
                "Klusterorganisationens postadress.")),
        Field("yearEstablished", Optional, 3, Of(FieldKind.Year, new FieldConstraints { Minimum = 1800 }, new NullableValue<int>(p => p.YearEstablished), IssueCodes.Minimum),
            new("Year established", "Perustamisvuosi", "Grundat år"),
            new("Year the cluster organisation was established.",
                "Vuosi, jona klusteriorganisaatio perustettiin.",
                "Året då klusterorganisationen grundades.")),
        Field("contact.name", Optional, 5, Text(p => p.Contact?.Name, (p, v) => p with { Contact = p.Contact! with { Name = v } }, 1, 200),
            new("Contact person", "Yhteyshenkilö", "Kontaktperson"),
            new("Name of the person to contact.",
                "Yhteyshenkilön nimi.",
                "Namnet på kontaktpersonen.")),
        Field("contact.phone", Optional, 6,
            Of(FieldKind.Phone, new FieldConstraints { Pattern = PhonePattern, MinDigits = PhoneMinDigits, MaxDigits = PhoneMaxDigits }, new TextValue(p => p.Contact?.Phone, (p, v) => p with { Contact = p.Contact! with { Phone = v } }), IssueCodes.PhoneInvalid),
            new("Contact phone", "Yhteyspuhelin", "Kontakttelefon"),
            new("Telephone number in international format, e.g. +358 40 123 4567.",
                "Puhelinnumero kansainvälisessä muodossa, esim. +358 40 123 4567.",
                "Telefonnummer i internationellt format, t.ex. +358 40 123 4567.")),
        Field("memberEmployees", Optional, 18, Number(FieldKind.Integer, p => p.MemberEmployees, 0),
            new("Employees in members", "Jäsenten työntekijät", "Anställda hos medlemmarna"),
            new("Employees in member organisations in total.",
                "Jäsenorganisaatioiden työntekijät yhteensä.",
                "Anställda i medlemsorganisationerna totalt.")),
        Field("emergingIndustries", Optional, 14, ChoiceList(p => p.EmergingIndustries, (p, v) => p with { EmergingIndustries = v }),
            new("Emerging industries", "Nousevat toimialat", "Framväxande branscher"),
            new("The emerging industries the cluster works in.",
                "Nousevat toimialat, joilla klusteri toimii.",
                "De framväxande branscher som klustret verkar i.")),
        Field("smartSpecialisationPriorities", Optional, 13, TextList(p => p.SmartSpecialisationPriorities, (p, v) => p with { SmartSpecialisationPriorities = v }, 200),
            new("Smart specialisation priorities", "Älykkään erikoistumisen painopisteet", "Prioriteringar för smart specialisering"),
            new("The region's S3 priorities that the cluster serves.",
                "Alueen älykkään erikoistumisen (S3) painopisteet, joita klusteri palvelee.",
                "Regionens S3-prioriteringar som klustret bidrar till.")),
        Field("technologyFields", Optional, 10, TextList(p => p.TechnologyFields, (p, v) => p with { TechnologyFields = v }, 200),
            new("Technology fields", "Teknologia-alat", "Teknikområden"),
            new("Technology fields of the cluster and its members.",
                "Klusterin ja sen jäsenten teknologia-alat.",
                "Klustrets och medlemmarnas teknikområden.")),
        Field("clusterLabel", Optional, 23, Of(FieldKind.ClusterLabel, new FieldConstraints { AllowedValues = [.. LabelTier.All.Select(t => t.Value)], Properties = ["tier", "validUntil"] }, new ObjectValue<ClusterLabel>(p => p.ClusterLabel, l => FieldValue.IsFilled(l.Tier?.Value) || l.ValidUntil is not null, TrimTier), IssueCodes.ValueUnknown),
            new("Cluster label", "Klusterimerkki", "Klustermärke"),
            new("European Cluster Excellence label tier and the date it is valid until.",
                "European Cluster Excellence -merkin taso ja viimeinen voimassaolopäivä.",
                "Nivå på märket European Cluster Excellence och sista giltighetsdag.")),
        Field("supportProgrammes", Optional, 12, TextList(p => p.SupportProgrammes, (p, v) => p with { SupportProgrammes = v }, 300),
            new("Cluster programmes", "Klusteriohjelmat", "Klusterprogram"),
            new("Regional or national cluster programmes the cluster belongs to.",
                "Alueelliset tai kansalliset klusteriohjelmat, joihin klusteri kuuluu.",
                "Regionala eller nationella klusterprogram som klustret ingår i.")),
        Field("annualBudgetEur", Optional, 21, Number(FieldKind.Number, p => p.AnnualBudgetEur, 0),
            new("Annual budget (EUR)", "Vuosibudjetti (EUR)", "Årsbudget (EUR)"),
            new("Annual budget of the cluster organisation in euros.",
                "Klusteriorganisaation vuosibudjetti euroina.",
                "Klusterorganisationens årsbudget i euro.")),
        Field("fundingSources", Optional, 15, ChoiceList(p => p.FundingSources, (p, v) => p with { FundingSources = v }),
            new("Funding sources", "Rahoituslähteet", "Finansieringskällor"),
            new("Where the cluster organisation's funding comes from.",
                "Mistä klusteriorganisaation rahoitus tulee.",
                "Varifrån klusterorganisationens finansiering kommer.")),
        Field("internationalCooperation", Optional, 19,
            Of(FieldKind.CountryCodeList, new FieldConstraints { AllowedValues = Countries.All, UniqueItems = true }, Strings(p => p.InternationalCooperation, (p, v) => p with { InternationalCooperation = v }), IssueCodes.CountryUnknown),
            new("International cooperation", "Kansainvälinen yhteistyö", "Internationellt samarbete"),
            new("Countries in which the cluster seeks partners, as ISO codes.",
                "Maat, joista klusteri hakee kumppaneita, ISO-koodeina.",
                "Länder där klustret söker partner, som ISO-koder.")),
        Field("euProjects", Optional, 22, TextList(p => p.EuProjects, (p, v) => p with { EuProjects = v }, 300),
            new("EU projects", "EU-hankkeet", "EU-projekt"),
            new("EU projects the cluster takes or took part in.",
                "EU-hankkeet, joihin klusteri osallistuu tai on osallistunut.",
                "EU-projekt som klustret deltar eller har deltagit i.")),
        Field("servicesOffered", Optional, 11, TextList(p => p.ServicesOffered, (p, v) => p with { ServicesOffered = v }, 300),
            new("Services offered", "Palvelut", "Tjänster"),
            new("Services the cluster organisation offers its members.",
                "Palvelut, joita klusteriorganisaatio tarjoaa jäsenilleen.",
                "Tjänster som klusterorganisationen erbjuder sina medlemmar.")),
        Field("partnershipInterests", Optional, 20, Text(p => p.PartnershipInterests, (p, v) => p with { PartnershipInterests = v }, 1, 2000),
            new("Partnership interests", "Kumppanuustoiveet", "Partnerskapsintressen"),
            new("What partners and cooperation the cluster is looking for.",
                "Millaisia kumppaneita ja yhteistyötä klusteri etsii.",
                "Vilka partner och vilket samarbete klustret söker.")),
        Field("logoUrl", Optional, 16, Of(FieldKind.Url, new FieldConstraints(), new TextValue(p => p.LogoUrl, (p, v) => p with { LogoUrl = v }), IssueCodes.UrlInvalid),
            new("Logo address", "Logon osoite", "Logotypens adress"),
            new("Address of the cluster's logo image.",
                "Klusterin logokuvan osoite.",
                "Adress till klustrets logotyp.")),
        Field("socialMedia", Optional, 17,
            Of(FieldKind.UrlList, new FieldConstraints { UniqueItems = true }, Strings(p => p.SocialMedia, (p, v) => p with { SocialMedia = v }), IssueCodes.UrlInvalid),
            new("Social media", "Sosiaalinen media", "Sociala medier"),
            new("Addresses of the cluster's social media pages.",
                "Klusterin sosiaalisen median sivujen osoitteet.",
                "Adresser till klustrets sidor i sociala medier.")),
        Field("languages", Optional, 9,
            Of(FieldKind.LanguageCodeList, new FieldConstraints { AllowedValues = Reference.Languages.All, UniqueItems = true }, Strings(p => p.Languages, (p, v) => p with { Languages = v }), IssueCodes.LanguageUnknown),
            new("Languages", "Kielet", "Språk"),
            new("Languages the cluster works in, as ISO 639-1 codes, e.g. fi, en.",
                "Klusterin työkielet ISO 639-1 -koodeina, esim. fi, en.",
                "Språk som klustret arbetar på, som ISO 639-1-koder, t.ex. sv, en.")),
        Field("lastUpdated", FieldRequirement.System, 0, Of(FieldKind.Date, new FieldConstraints(), new NullableValue<DateOnly>(p => p.LastUpdated), IssueCodes.DateInFuture),
            new("Last updated", "Päivitetty viimeksi", "Senast uppdaterad"),
            new("Date the profile was last brought up to date.",
                "Päivä, jona profiilin tiedot on viimeksi tarkistettu.",
                "Dagen då profilen senast uppdaterades.")),
        Field("schemaVersion", FieldRequirement.System, 0, Choice(p => p.SchemaVersion, (p, v) => p with { SchemaVersion = v }, SchemaVersions.Known, IssueCodes.SchemaVersionUnsupported),
            new("Schema version", "Skeemaversio", "Schemaversion"),
            new("Version of the profile format; 1.0 when absent.",
                "Profiilimuodon versio; 1.0, jos puuttuu.",
                "Version av profilformatet; 1.0 om den saknas.")),
    ]);

    private static FieldDefinition Field(string path, FieldRequirement requirement, int suggestionOrder, Spec spec, LocalizedText label, LocalizedText help) =>
        new(path, requirement, suggestionOrder, label, help, spec.Kind, spec.Constraints, spec.Value, spec.InvalidCode);

    /// <summary>What a field holds and how it is checked, as data: the rules layer builds its validators from it.</summary>
    private sealed record Spec(FieldKind Kind, FieldConstraints Constraints, FieldValue Value, string? InvalidCode);

    private static Spec Of(FieldKind kind, FieldConstraints constraints, FieldValue value, string? invalidCode) =>
        new(kind, constraints, value, invalidCode);

    private static Spec Text(Func<ClusterProfile, string?> get, Func<ClusterProfile, string, ClusterProfile> set, int minLength, int maxLength) =>
        new(FieldKind.Text, new FieldConstraints { MinLength = minLength, MaxLength = maxLength }, new TextValue(get, set), null);

    private static Spec Slug(Func<ClusterProfile, string?> get, Func<ClusterProfile, string, ClusterProfile> set, int minLength, int maxLength, string pattern, string code) =>
        new(FieldKind.Slug, new FieldConstraints { MinLength = minLength, MaxLength = maxLength, Pattern = pattern }, new TextValue(get, set), code);

    private static Spec Choice(Func<ClusterProfile, string?> get, Func<ClusterProfile, string, ClusterProfile> set, IEnumerable<string> values, string code) =>
        new(FieldKind.Choice, new FieldConstraints { AllowedValues = [.. values] }, new TextValue(get, set), code);

    private static Spec Number(FieldKind kind, Func<ClusterProfile, decimal?> get, decimal minimum, decimal? maximum = null) =>
        new(kind, new FieldConstraints { Minimum = minimum, Maximum = maximum }, new NullableValue<decimal>(get), maximum is null ? IssueCodes.Minimum : IssueCodes.Range);

    private static Spec TextList(Func<ClusterProfile, IReadOnlyList<string>?> get, Func<ClusterProfile, IReadOnlyList<string>, ClusterProfile> set, int maxLength) =>
        new(FieldKind.TextList, new FieldConstraints { MinLength = 1, MaxLength = maxLength }, Strings(get, set), null);

    private static ListValue<string> Strings(Func<ClusterProfile, IReadOnlyList<string>?> get, Func<ClusterProfile, IReadOnlyList<string>, ClusterProfile> set) =>
        new(get, s => s, set, (_, trimmed) => trimmed);

    // A label's tier is the one text inside an object field.
    private static ClusterProfile TrimTier(ClusterProfile p) =>
        ObjectValue<ClusterLabel>.TrimmedPart(p.ClusterLabel!.Tier?.Value) is { } tier ? p with { ClusterLabel = p.ClusterLabel with { Tier = new LabelTier(tier) } } : p;

    private static Spec ChoiceList<T>(Func<ClusterProfile, IReadOnlyList<T>?> get, Func<ClusterProfile, IReadOnlyList<T>, ClusterProfile> set, int? minItems = null)
        where T : struct, IWireValue<T> =>
        new(
            FieldKind.ChoiceList,
            new FieldConstraints { AllowedValues = [.. T.All.Select(v => v.Value)], UniqueItems = true, MinItems = minItems, MaxItems = T.All.Count },
            new ListValue<T>(get, v => v.Value, set, (_, trimmed) => T.FromWire(trimmed)),
            IssueCodes.ValueUnknown);
}
