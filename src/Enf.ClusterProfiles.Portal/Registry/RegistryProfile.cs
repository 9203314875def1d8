using Enf.ClusterProfiles.Registry.Contracts;

namespace Enf.ClusterProfiles.Portal.Registry;

/// <summary>One stored profile as the caller may see it: its JSON as written, its ETag and its workflow state.</summary>
public sealed record RegistryProfile(
    string Id,
    string Json,
    string ETag,
    ProfileStatus Status,
    DateTimeOffset UpdatedAt,
    string? LastComment);
