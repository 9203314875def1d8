using System.Text.Json.Serialization;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Registry.Contracts;

/// <summary>Source-generated JSON metadata of the registry API's bodies, in the profile wire format (camelCase).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ClusterProfile))]
[JsonSerializable(typeof(ProfileListPage))]
[JsonSerializable(typeof(RegistryProblem))]
public sealed partial class RegistryJsonContext : JsonSerializerContext;
