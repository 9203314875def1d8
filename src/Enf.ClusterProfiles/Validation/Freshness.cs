namespace Enf.ClusterProfiles.Validation;

/// <summary>Whether a profile's data is out of date: the one rule behind the finding and the verdict.</summary>
internal static class Freshness
{
    /// <summary>Whether data last updated on <paramref name="lastUpdated"/> is older than <paramref name="staleAfterDays"/> on <paramref name="today"/>.</summary>
    public static bool IsStale(DateOnly? lastUpdated, DateOnly today, int staleAfterDays) =>
        lastUpdated is DateOnly date && today.DayNumber - date.DayNumber > staleAfterDays; // day numbers: 9999-12-31 must not overflow
}
