using System.Text.Json.Serialization;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Serialization;

namespace Enf.ClusterProfiles.AspNetCore;

/// <summary>Source-generated metadata of this package's own response bodies: camelCase, nulls left out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(CamelCaseEnumConverter<FieldRequirement>), typeof(CamelCaseEnumConverter<FieldKind>), typeof(CamelCaseEnumConverter<IssueSeverity>)])]
[JsonSerializable(typeof(FieldList))]
[JsonSerializable(typeof(IReadOnlyList<ProfileIssue>))]
internal sealed partial class WebJsonContext : JsonSerializerContext;
