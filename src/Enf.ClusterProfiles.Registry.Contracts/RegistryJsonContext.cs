using System.Text.Json.Serialization;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Registry.Contracts;

/// <summary>Source-generated JSON metadata of the registry API's bodies, in the profile wire format (camelCase).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ClusterProfile))]
[JsonSerializable(typeof(ProfileListPage))]
[JsonSerializable(typeof(ProfileListItem))]
[JsonSerializable(typeof(RegistryProblem))]
[JsonSerializable(typeof(NewAccount))]
[JsonSerializable(typeof(Account))]
[JsonSerializable(typeof(AccountList))]
[JsonSerializable(typeof(CreatedAccount))]
[JsonSerializable(typeof(CurrentAccount))]
[JsonSerializable(typeof(ReviewDecision))]
[JsonSerializable(typeof(ProfileVersion))]
[JsonSerializable(typeof(ProfileVersionList))]
public sealed partial class RegistryJsonContext : JsonSerializerContext;
