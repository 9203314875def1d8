using System.Text.Json.Serialization;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Assessment;

/// <summary>What an assessment found in one field.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<FieldState>))]
public enum FieldState
{
    /// <summary>Holds a valid value: counts towards completeness and PRO.</summary>
    Filled,

    /// <summary>Absent or blank.</summary>
    Missing,

    /// <summary>Present but breaks its rule: never counted as filled.</summary>
    Invalid,

    /// <summary>A cluster label past its validity date: not counted until renewed.</summary>
    Expired,
}
