using System.Text.Json;
using System.Text.Json.Serialization;

namespace Enf.ClusterProfiles.Model;

/// <summary>How to reach the cluster organisation.</summary>
public sealed record ContactDetails
{
    /// <summary>E-mail address (mandatory).</summary>
    public string? Email { get; init; }

    /// <summary>Name of the contact person.</summary>
    public string? Name { get; init; }

    /// <summary>Telephone number in international format (<c>+358 40 123 4567</c>).</summary>
    public string? Phone { get; init; }

    /// <summary>Properties this version does not define; kept and reported as warnings.</summary>
    /// <remarks>Set by the JSON reader only (an init-only extension property cannot be bound by System.Text.Json).</remarks>
    [JsonExtensionData]
    [JsonInclude]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; internal set; }
}
