using System.Text.Json;
using System.Text.Json.Serialization;

namespace Enf.ClusterProfiles.Model;

/// <summary>A European Cluster Excellence label and the date until which it is valid.</summary>
public sealed record ClusterLabel
{
    /// <summary>Label tier.</summary>
    public LabelTier? Tier { get; init; }

    /// <summary>Last day on which the label is valid.</summary>
    public DateOnly? ValidUntil { get; init; }

    /// <summary>Properties this version does not define; kept and reported as warnings.</summary>
    /// <remarks>Set by the JSON reader only (an init-only extension property cannot be bound by System.Text.Json).</remarks>
    [JsonExtensionData]
    [JsonInclude]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; internal set; }
}
