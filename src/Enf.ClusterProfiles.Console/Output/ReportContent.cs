using System.Globalization;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Reference;
using Enf.ClusterProfiles.Reporting;

namespace Enf.ClusterProfiles.Console.Output;

/// <summary>
/// What every format of the regional report shows, in the reader's language: the profiles with those needing
/// attention first, the counts by region (and overall), and the field fill rates by region; headings and cells as text.
/// </summary>
internal sealed class ReportContent(RegionalSummary summary, IReadOnlyList<ProfileReportRow> profiles, FieldCatalog catalog, CultureInfo culture, DateOnly today)
{
    public RegionalSummary Summary => summary;

    public IReadOnlyList<ProfileReportRow> Profiles => profiles;

    public FieldCatalog Catalog => catalog;

    public CultureInfo Culture => culture;

    public DateOnly Today => today;

    /// <summary>Each region, then the overall totals.</summary>
    public IEnumerable<RegionTotals> Rows => summary.Regions.Append(summary.Overall);

    public string Percent(double share) => share.ToString("P0", culture);

    public string[] ProfileHeadings() =>
    [
        UiText.Cluster.Get(culture), UiText.Region.Get(culture), UiText.ValidHeading.Get(culture), UiText.ProHeading.Get(culture),
        UiText.PublicationHeading.Get(culture), UiText.CompletenessHeading.Get(culture), UiText.LastUpdatedHeading.Get(culture),
        UiText.LabelHeading.Get(culture), UiText.AttentionHeading.Get(culture),
    ];

    public string[] ProfileCells(ProfileReportRow row) =>
    [
        row.Name ?? row.Id ?? $"{Path.GetFileName(row.Source)}:{row.Line}",
        RegionName(row.Region),
        !row.Readable ? UiText.Unreadable.Get(culture) : row.Valid ? UiText.Yes.Get(culture) : UiText.No.Get(culture),
        row.Pro ? UiText.Yes.Get(culture) : row.ProNeeded > 0 ? string.Format(culture, UiText.ProMissing.Get(culture), row.ProNeeded) : UiText.No.Get(culture),
        !row.Readable || !row.PublicationApplies ? UiText.NotApplicable.Get(culture)
            : row.PublicationWaived ? UiText.Waived.Get(culture)
            : row.PublicationReady ? UiText.Ready.Get(culture) : UiText.NotReady.Get(culture),
        row.Readable ? Percent(row.Completeness) : UiText.Nothing.Get(culture),
        row.LastUpdated is DateOnly updated ? UiText.Date(updated, culture) : UiText.Nothing.Get(culture),
        row.LabelValidUntil is not DateOnly until ? UiText.Nothing.Get(culture)
            : row.LabelExpired ? $"{UiText.Date(until, culture)} ({UiText.Expired.Get(culture)})"
            : row.LabelExpiresSoon ? $"{UiText.Date(until, culture)} ({UiText.ExpiresSoon.Get(culture)})"
            : UiText.Date(until, culture),
        string.Join("; ", row.Attention.Select(reason => string.Format(culture, UiText.Reasons[reason].Get(culture), row.Errors))),
    ];

    public string[] Headings() =>
    [
        UiText.Region.Get(culture), UiText.Profiles.Get(culture), UiText.ValidCount.Get(culture), UiText.ProCount.Get(culture),
        UiText.PublicationReady.Get(culture), UiText.Stale.Get(culture), UiText.ExpiredLabels.Get(culture),
        UiText.UnreadableCount.Get(culture), UiText.AverageCompleteness.Get(culture),
    ];

    public string[] Cells(RegionTotals row) =>
    [
        RegionName(row.Key),
        row.Profiles.ToString(culture), row.Valid.ToString(culture), row.Pro.ToString(culture), row.PublicationReady.ToString(culture),
        row.Stale.ToString(culture), row.ExpiredLabels.ToString(culture), row.Unreadable.ToString(culture),
        Percent(row.AverageCompleteness),
    ];

    public string[] RateHeadings() => [UiText.Field.Get(culture), .. Rows.Select(r => RegionName(r.Key))];

    // One row per field: its fill rate in each region and overall; a dash where the field applies to no profile.
    public IEnumerable<string[]> RateRows()
    {
        var columns = Rows.ToList();
        foreach (var rate in summary.Overall.FillRates)
        {
            yield return
            [
                catalog.LabelOf(rate.Path, culture),
                .. columns.Select(c => c.FillRates.FirstOrDefault(r => r.Path == rate.Path) is { Applicable: > 0 } r ? Percent(r.Rate) : UiText.Nothing.Get(culture)),
            ];
        }
    }

    public string RegionName(string key) => key switch
    {
        RegionalSummaryBuilder.All => UiText.AllRegions.Get(culture),
        _ => NutsRegions.NameOf(key, culture) is { } name ? $"{name} ({key})" : key,
    };
}
