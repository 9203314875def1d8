using Enf.ClusterProfiles.Registry.Contracts;

namespace Enf.ClusterProfiles.Portal.Registry;

/// <summary>
/// One entry of the registry's listing as the caller sees it (registry-api-v1 1.2, "Lists for people"): enough to
/// list a person's clusters without reading each profile's history.
/// </summary>
public sealed record RegistryListItem(string Id, string? Name, ProfileStatus Status, DateTimeOffset UpdatedAt, string? LastComment);
