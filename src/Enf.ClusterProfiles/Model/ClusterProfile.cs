using System.Text.Json;
using System.Text.Json.Serialization;

namespace Enf.ClusterProfiles.Model;

/// <summary>
/// A cluster organisation profile in the wire format of profile-v1: every property is optional in the type,
/// because a profile being written is incomplete by nature; the validators and the assessor decide what is
/// missing or wrong. Immutable: derive a changed copy with a <c>with</c> expression.
/// </summary>
public sealed record ClusterProfile
{
    /// <summary>Wire format version; absent means <c>1.0</c>.</summary>
    public string? SchemaVersion { get; init; }

    /// <summary>Stable slug that identifies the profile in a registry (mandatory).</summary>
    public string? Id { get; init; }

    /// <summary>The kind of profile; v1 defines only <see cref="Model.ProfileType.ClusterOrganisation"/> (mandatory).</summary>
    public ProfileType? ProfileType { get; init; }

    /// <summary>Name of the cluster organisation (mandatory).</summary>
    public string? Name { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country code, upper case (mandatory).</summary>
    public string? Country { get; init; }

    /// <summary>City of the cluster organisation (mandatory).</summary>
    public string? City { get; init; }

    /// <summary>Absolute http/https URL of the English-language website (mandatory).</summary>
    public string? Website { get; init; }

    /// <summary>Description of the cluster, 50–5000 characters (mandatory).</summary>
    public string? Description { get; init; }

    /// <summary>Contact details; <c>contact.email</c> is mandatory.</summary>
    public ContactDetails? Contact { get; init; }

    /// <summary>The EU industrial ecosystems the cluster works in (mandatory, 1–14 distinct values).</summary>
    public IReadOnlyList<IndustrialEcosystem>? IndustrialEcosystems { get; init; }

    /// <summary>Staff of the cluster management team in full-time equivalents (mandatory in EU/COSME countries).</summary>
    public decimal? ManagementFte { get; init; }

    /// <summary>Member counts by type (mandatory in EU/COSME countries).</summary>
    public MemberCounts? Members { get; init; }

    /// <summary>Short name of the cluster.</summary>
    public string? Acronym { get; init; }

    /// <summary>NUTS code (level 1–3) of the cluster's region, agreeing with <see cref="Country"/>.</summary>
    public string? Region { get; init; }

    /// <summary>Postal address.</summary>
    public string? PostalAddress { get; init; }

    /// <summary>Year the cluster organisation was established.</summary>
    public int? YearEstablished { get; init; }

    /// <summary>Employees in member organisations.</summary>
    public long? MemberEmployees { get; init; }

    /// <summary>Emerging industries the cluster works in.</summary>
    public IReadOnlyList<EmergingIndustry>? EmergingIndustries { get; init; }

    /// <summary>The region's smart specialisation (S3) priorities the cluster serves.</summary>
    public IReadOnlyList<string>? SmartSpecialisationPriorities { get; init; }

    /// <summary>Technology fields of the cluster.</summary>
    public IReadOnlyList<string>? TechnologyFields { get; init; }

    /// <summary>European Cluster Excellence label; counts as filled only while not expired.</summary>
    public ClusterLabel? ClusterLabel { get; init; }

    /// <summary>Regional or national cluster programmes the cluster belongs to.</summary>
    public IReadOnlyList<string>? SupportProgrammes { get; init; }

    /// <summary>Annual budget in euros.</summary>
    public decimal? AnnualBudgetEur { get; init; }

    /// <summary>Sources of the cluster organisation's funding.</summary>
    public IReadOnlyList<FundingSource>? FundingSources { get; init; }

    /// <summary>ISO 3166-1 alpha-2 codes of countries in which the cluster seeks partners.</summary>
    public IReadOnlyList<string>? InternationalCooperation { get; init; }

    /// <summary>EU projects the cluster takes or took part in.</summary>
    public IReadOnlyList<string>? EuProjects { get; init; }

    /// <summary>Services the cluster organisation offers its members.</summary>
    public IReadOnlyList<string>? ServicesOffered { get; init; }

    /// <summary>What partners the cluster is looking for.</summary>
    public string? PartnershipInterests { get; init; }

    /// <summary>Absolute http/https URL of the logo.</summary>
    public string? LogoUrl { get; init; }

    /// <summary>Absolute http/https URLs of social media pages.</summary>
    public IReadOnlyList<string>? SocialMedia { get; init; }

    /// <summary>ISO 639-1 codes of the languages the cluster works in.</summary>
    public IReadOnlyList<string>? Languages { get; init; }

    /// <summary>Date the profile was last brought up to date; not in the future.</summary>
    public DateOnly? LastUpdated { get; init; }

    /// <summary>
    /// Properties this version does not define, kept so that a profile round-trips losslessly; each one is
    /// reported as a warning.
    /// </summary>
    /// <remarks>Set by the JSON reader only (an init-only extension property cannot be bound by System.Text.Json).</remarks>
    [JsonExtensionData]
    [JsonInclude]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    /// <summary>
    /// The profile without its annotations: properties whose name starts with <c>$</c> (<c>$schema</c>, the
    /// template's <c>$help</c>), at any level. Annotations are notes for the person editing a file (profile-v1
    /// revision 1.1), so they are left out of what is sent to a registry.
    /// </summary>
    public ClusterProfile WithoutAnnotations() => this with
    {
        AdditionalProperties = Unannotated(AdditionalProperties),
        Contact = Contact is null ? null : Contact with { AdditionalProperties = Unannotated(Contact.AdditionalProperties) },
        Members = Members is null ? null : Members with { AdditionalProperties = Unannotated(Members.AdditionalProperties) },
        ClusterLabel = ClusterLabel is null ? null : ClusterLabel with { AdditionalProperties = Unannotated(ClusterLabel.AdditionalProperties) },
    };

    private static Dictionary<string, JsonElement>? Unannotated(Dictionary<string, JsonElement>? properties) =>
        properties?.Keys.Any(IsAnnotation) is true
            ? properties.Where(p => !IsAnnotation(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal) is { Count: > 0 } rest ? rest : null
            : properties;

    private static bool IsAnnotation(string name) => name.StartsWith('$');
}
