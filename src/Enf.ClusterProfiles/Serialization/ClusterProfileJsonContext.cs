using System.Text.Json.Serialization;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Serialization;

/// <summary>Source-generated System.Text.Json metadata for the wire format: camelCase, nulls left out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    // The wire names of the enums are set here, at the edge, whatever the lower layers' types carry.
    Converters = [typeof(CamelCaseEnumConverter<IssueSeverity>), typeof(CamelCaseEnumConverter<FieldState>), typeof(CamelCaseEnumConverter<FieldRequirement>)])]
[JsonSerializable(typeof(ClusterProfile))]
[JsonSerializable(typeof(List<ClusterProfile>))]
[JsonSerializable(typeof(ProfileAssessment))]
[JsonSerializable(typeof(ProfileAssessmentDto))]
public sealed partial class ClusterProfileJsonContext : JsonSerializerContext;
