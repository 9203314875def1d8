using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Enf.ClusterProfiles.Model;

/// <summary>
/// The wire format of the model itself (camelCase, nulls left out, letters such as ä as they are), for the
/// readers below the edge; <c>Serialization.ClusterProfileJson</c> is the public face of the same format.
/// </summary>
internal static class ProfileJsonFormat
{
    public static JsonSerializerOptions Options { get; } = new(ProfileJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // Resolved on first use: building a type's metadata is a large part of a fresh process's start, and a reader
    // that binds with its own options never needs this one.
    public static JsonTypeInfo<ClusterProfile> Profile =>
        field ??= (JsonTypeInfo<ClusterProfile>)Options.GetTypeInfo(typeof(ClusterProfile));
}

/// <summary>Source-generated System.Text.Json metadata for the profile.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(ClusterProfile))]
[JsonSerializable(typeof(List<ClusterProfile>))]
internal sealed partial class ProfileJsonContext : JsonSerializerContext;
