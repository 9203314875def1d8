namespace Enf.ClusterProfiles.Reporting;

/// <summary>Counts and fill rates for one group of profiles.</summary>
public sealed record RegionTotals
{
    /// <summary>
    /// The group: the profile's NUTS <c>region</c> when it has a valid one, else its <c>country</c>, else
    /// <see cref="RegionalSummaryBuilder.Unknown"/>; <see cref="RegionalSummaryBuilder.All"/> for the overall totals.
    /// </summary>
    public required string Key { get; init; }

    /// <summary>Profiles assessed, readable or not.</summary>
    public required int Profiles { get; init; }

    /// <summary>Profiles with no errors.</summary>
    public required int Valid { get; init; }

    /// <summary>PRO-eligible profiles.</summary>
    public required int Pro { get; init; }

    /// <summary>Profiles ready for ECCP publication.</summary>
    public required int PublicationReady { get; init; }

    /// <summary>Profiles whose cluster label has expired.</summary>
    public required int ExpiredLabels { get; init; }

    /// <summary>Profiles not updated within the freshness setting.</summary>
    public required int Stale { get; init; }

    /// <summary>Inputs that could not be read as a profile.</summary>
    public required int Unreadable { get; init; }

    /// <summary>Mean completeness (0–1) of the readable profiles.</summary>
    public required double AverageCompleteness { get; init; }

    /// <summary>Per field, how many of the profiles it applies to have it validly filled; in catalogue order.</summary>
    public required IReadOnlyList<FieldFillRate> FillRates { get; init; }
}
