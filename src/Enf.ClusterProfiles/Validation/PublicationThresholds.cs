using System.ComponentModel.DataAnnotations;

namespace Enf.ClusterProfiles.Validation;

/// <summary>
/// The limits of ECCP's publication criteria (profile-v1.md): the defaults are ECCP's; a programme with other
/// limits sets them through <c>ClusterProfilesOptions.Publication</c>.
/// </summary>
public sealed class PublicationThresholds
{
    /// <summary>Minimum staff of the cluster management, in full-time equivalents (default 0.5). From 0 to 1,000.</summary>
    [Range(0d, 1000d)]
    public decimal MinimumManagementFte { get; set; } = 0.5m;

    /// <summary>Minimum number of members in total (default 15). From 0 to 1,000,000.</summary>
    [Range(0, 1_000_000)]
    public int MinimumMembers { get; set; } = 15;

    /// <summary>Minimum number of triple-helix member types with members (default 2). From 0 to 4.</summary>
    [Range(0, 4)]
    public int MinimumMemberTypes { get; set; } = 2;
}
