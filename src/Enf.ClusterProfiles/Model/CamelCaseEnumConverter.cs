using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Enf.ClusterProfiles.Model;

/// <summary>
/// Writes an enum as its camelCase name (<c>mandatoryInEu</c>), as the wire format does. Infrastructure, not
/// for direct use: it is public only because System.Text.Json source generation in an application's own
/// context (one that includes an assessment or a finding) must be able to create it.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Creates the converter.</summary>
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
