using System.Text.Json.Serialization;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Serialization;

/// <summary>Source-generated System.Text.Json metadata for the wire format: camelCase, nulls left out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(ClusterProfile))]
[JsonSerializable(typeof(List<ClusterProfile>))]
[JsonSerializable(typeof(ProfileAssessment))]
public sealed partial class ClusterProfileJsonContext : JsonSerializerContext;
