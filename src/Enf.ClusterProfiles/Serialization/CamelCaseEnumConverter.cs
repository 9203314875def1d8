using System.Text.Json;
using System.Text.Json.Serialization;

namespace Enf.ClusterProfiles.Serialization;

/// <summary>Writes an enum as its camelCase name (<c>mandatoryInEu</c>), as the wire format does.</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
public sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Creates the converter.</summary>
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
