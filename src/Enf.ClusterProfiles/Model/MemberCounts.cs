using System.Text.Json;
using System.Text.Json.Serialization;

namespace Enf.ClusterProfiles.Model;

/// <summary>Members of the cluster by type; the field counts as filled when at least one count is present.</summary>
public sealed record MemberCounts
{
    /// <summary>Small and medium-sized enterprises.</summary>
    public int? Smes { get; init; }

    /// <summary>Large companies.</summary>
    public int? LargeCompanies { get; init; }

    /// <summary>Research and education organisations.</summary>
    public int? ResearchAndEducation { get; init; }

    /// <summary>Public bodies.</summary>
    public int? PublicBodies { get; init; }

    /// <summary>Civil society organisations.</summary>
    public int? CivilSociety { get; init; }

    /// <summary>Other members.</summary>
    public int? Other { get; init; }

    /// <summary>Properties this version does not define; kept and reported as warnings.</summary>
    /// <remarks>Set by the JSON reader only (an init-only extension property cannot be bound by System.Text.Json).</remarks>
    [JsonExtensionData]
    [JsonInclude]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; internal set; }

    /// <summary>The counts with their wire names, in wire order; absent counts are <see langword="null"/>.</summary>
    [JsonIgnore]
    public IReadOnlyList<KeyValuePair<string, int?>> ByType =>
    [
        new("smes", Smes),
        new("largeCompanies", LargeCompanies),
        new("researchAndEducation", ResearchAndEducation),
        new("publicBodies", PublicBodies),
        new("civilSociety", CivilSociety),
        new("other", Other),
    ];

    /// <summary>Members in total, counting absent or negative counts as none.</summary>
    [JsonIgnore]
    public long Total =>
        (long)Math.Max(Smes ?? 0, 0) + Math.Max(LargeCompanies ?? 0, 0) + Math.Max(ResearchAndEducation ?? 0, 0)
        + Math.Max(PublicBodies ?? 0, 0) + Math.Max(CivilSociety ?? 0, 0) + Math.Max(Other ?? 0, 0);

    /// <summary>
    /// Triple-helix types with members (profile-v1 revision 1.1): industry (SMEs and large companies together are
    /// one type), research and education, public bodies, civil society; <c>other</c> is no helix type.
    /// </summary>
    [JsonIgnore]
    public int HelixTypes =>
        (Smes > 0 || LargeCompanies > 0 ? 1 : 0) + (ResearchAndEducation > 0 ? 1 : 0) + (PublicBodies > 0 ? 1 : 0) + (CivilSociety > 0 ? 1 : 0);

    /// <summary>Whether any count is given: what <see cref="ByType"/> tells, without a list per question.</summary>
    internal bool HasAnyCount =>
        Smes is not null || LargeCompanies is not null || ResearchAndEducation is not null
        || PublicBodies is not null || CivilSociety is not null || Other is not null;
}
