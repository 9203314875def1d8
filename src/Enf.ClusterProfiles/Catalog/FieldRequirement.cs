using System.Text.Json.Serialization;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Catalog;

/// <summary>Whether a field must be filled, counts towards PRO, or is not counted at all.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<FieldRequirement>))]
public enum FieldRequirement
{
    /// <summary>M: mandatory everywhere.</summary>
    Mandatory,

    /// <summary>M-EU: mandatory when the country is an EU or COSME country; elsewhere optional and counted as such.</summary>
    MandatoryInEu,

    /// <summary>O: optional, counted for PRO.</summary>
    Optional,

    /// <summary>S: a system field, validated but never counted.</summary>
    System,

    /// <summary>Switched off by an integrator: neither required, validated nor counted.</summary>
    Unused,
}
