namespace Enf.ClusterProfiles.Console.Output;

/// <summary>The regional report as an Excel workbook: profiles (attention first), regions, fill rates by region; typed cells.</summary>
internal sealed class ReportWorkbookRenderer : IReportRenderer
{
    public void Render(ReportContent report, Stream output)
    {
        var culture = report.Culture;
        using var workbook = new Workbook(output, culture);
        var people = workbook.AddSheet(UiText.Profiles.Get(culture));
        people.AddRow([.. report.ProfileHeadings(), UiText.SourceHeading.Get(culture)], header: true);
        people.Freeze(1);
        foreach (var row in report.Profiles)
        {
            var cells = report.ProfileCells(row);
            people.AddRow(
            [
                cells[0], cells[1], cells[2], cells[3], cells[4], new Workbook.Share(row.Completeness),
                (object?)row.LastUpdated, (object?)row.LabelValidUntil, cells[8],
                row.Source is null ? null : $"{row.Source}:{row.Line}",
            ]);
        }

        foreach (var (column, width) in new[] { (1, 36.0), (2, 26.0), (3, 12.0), (4, 16.0), (5, 16.0), (6, 14.0), (7, 14.0), (8, 16.0), (9, 48.0), (10, 40.0) })
        {
            people.Width(column, width);
        }

        var regions = workbook.AddSheet(UiText.Regions.Get(culture));
        regions.AddRow(report.Headings(), header: true);
        regions.Freeze(1);
        foreach (var row in report.Rows)
        {
            regions.AddRow(
            [
                report.RegionName(row.Key), row.Profiles, row.Valid, row.Pro, row.PublicationReady, row.Stale, row.ExpiredLabels,
                row.Unreadable, new Workbook.Share(row.AverageCompleteness),
            ]);
        }

        regions.Width(1, 30);
        var rates = workbook.AddSheet(UiText.FillRates.Get(culture));
        rates.AddRow(report.RateHeadings(), header: true);
        rates.Freeze(1);
        var columns = report.Rows.ToList();
        foreach (var rate in report.Summary.Overall.FillRates)
        {
            rates.AddRow([report.Catalog.LabelOf(rate.Path, culture), .. columns.Select(c => c.FillRates.FirstOrDefault(r => r.Path == rate.Path) is { Applicable: > 0 } r ? new Workbook.Share(r.Rate) : null)]);
        }

        rates.Width(1, 36);
    }
}
