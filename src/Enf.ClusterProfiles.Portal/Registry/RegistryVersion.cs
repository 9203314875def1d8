using Enf.ClusterProfiles.Registry.Contracts;

namespace Enf.ClusterProfiles.Portal.Registry;

/// <summary>One entry of a profile's history.</summary>
public sealed record RegistryVersion(int Version, string ETag, DateTimeOffset At, string By, ProfileStatus Status, string? Comment);
