using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Enf.ClusterProfiles.Registry.Contracts;

namespace Enf.ClusterProfiles.Registry;

/// <summary>The wire types' JSON as the registry writes it: the client's context, without escaping the quotes of an ETag.</summary>
internal static class RegistryJson
{
    public static RegistryJsonContext Context { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
