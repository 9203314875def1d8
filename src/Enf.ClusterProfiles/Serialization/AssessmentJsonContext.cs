using System.Text.Json.Serialization;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Serialization;

/// <summary>Source-generated System.Text.Json metadata for an assessment, in the wire format: camelCase, nulls left out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    // The wire names of the enums are set here, at the edge, whatever the lower layers' types carry.
    Converters = [typeof(CamelCaseEnumConverter<IssueSeverity>), typeof(CamelCaseEnumConverter<FieldState>), typeof(CamelCaseEnumConverter<FieldRequirement>)])]
[JsonSerializable(typeof(ProfileAssessment))]
[JsonSerializable(typeof(ProfileAssessmentDto))]
internal sealed partial class AssessmentJsonContext : JsonSerializerContext;
