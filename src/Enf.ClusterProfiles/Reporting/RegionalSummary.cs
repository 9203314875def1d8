namespace Enf.ClusterProfiles.Reporting;

/// <summary>
/// What a regional council reports each year over a set of assessed profiles: counts and per-field fill
/// rates, for all profiles and by region. Build one with <see cref="RegionalSummaryBuilder"/>.
/// </summary>
public sealed record RegionalSummary
{
    /// <summary>All profiles together.</summary>
    public required RegionTotals Overall { get; init; }

    /// <summary>One entry per region, ordered by key.</summary>
    public required IReadOnlyList<RegionTotals> Regions { get; init; }
}
