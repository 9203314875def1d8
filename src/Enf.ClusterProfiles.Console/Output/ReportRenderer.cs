using System.Globalization;
using System.Net;
using System.Text;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Reference;
using Enf.ClusterProfiles.Reporting;
using Spectre.Console;

namespace Enf.ClusterProfiles.Console.Output;

/// <summary>The regional summary as a terminal table, as Markdown, or as a self-contained HTML page with bar charts.</summary>
internal sealed class ReportRenderer(RegionalSummary summary, FieldCatalog catalog, CultureInfo culture, DateOnly today)
{
    private IEnumerable<RegionTotals> Rows => summary.Regions.Append(summary.Overall);

    public void Table(IAnsiConsole console)
    {
        var regions = new Table().Border(TableBorder.Rounded).Title(UiText.RegionalReport.Get(culture));
        foreach (var heading in Headings())
        {
            regions.AddColumn(heading);
        }

        foreach (var row in Rows)
        {
            regions.AddRow(Cells(row).Select(c => new Text(SafeText.Printable(c))).ToArray());
        }

        console.Write(regions);

        var rates = new Table().Border(TableBorder.Rounded).Title(UiText.FillRates.Get(culture));
        rates.AddColumn(UiText.Field.Get(culture));
        rates.AddColumn(UiText.Filled.Get(culture));
        rates.AddColumn("%");
        foreach (var rate in summary.Overall.FillRates)
        {
            rates.AddRow(catalog.LabelOf(rate.Path, culture), $"{rate.Filled}/{rate.Applicable}", rate.Rate.ToString("P0", culture));
        }

        console.Write(rates);
    }

    public string Markdown()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# {UiText.RegionalReport.Get(culture)}\n\n{today:yyyy-MM-dd}\n\n");
        text.Append("| ").AppendJoin(" | ", Headings()).Append(" |\n|").AppendJoin("|", Headings().Select(_ => "---")).Append("|\n");
        foreach (var row in Rows)
        {
            text.Append("| ").AppendJoin(" | ", Cells(row).Select(Output.Markdown.Cell)).Append(" |\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"\n## {UiText.FillRates.Get(culture)}\n\n| {UiText.Field.Get(culture)} | {UiText.Filled.Get(culture)} | % |\n|---|---|---|\n");
        foreach (var rate in summary.Overall.FillRates)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {catalog.LabelOf(rate.Path, culture)} | {rate.Filled}/{rate.Applicable} | {rate.Rate.ToString("P0", culture)} |\n");
        }

        return text.ToString();
    }

    public string Html()
    {
        static string E(string text) => WebUtility.HtmlEncode(SafeText.Printable(text));
        var page = new StringBuilder();
        var lang = culture.TwoLetterISOLanguageName;
        page.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="{lang}">
            <head>
            <meta charset="utf-8">
            <title>{E(UiText.RegionalReport.Get(culture))}</title>
            <style>
            body {'{'} font-family: system-ui, sans-serif; margin: 2rem; color: #222; max-width: 70rem; {'}'}
            table {'{'} border-collapse: collapse; margin: 1rem 0 2rem; {'}'}
            th, td {'{'} border: 1px solid #ccc; padding: .3rem .6rem; text-align: right; {'}'}
            th:first-child, td:first-child {'{'} text-align: left; {'}'}
            tr:last-child td {'{'} font-weight: bold; {'}'}
            svg text {'{'} font-size: 12px; font-family: system-ui, sans-serif; {'}'}
            </style>
            </head>
            <body>
            <h1>{E(UiText.RegionalReport.Get(culture))}</h1>
            <p>{today:yyyy-MM-dd}</p>
            <table>
            <thead><tr>
            """);
        foreach (var heading in Headings())
        {
            page.Append(CultureInfo.InvariantCulture, $"<th>{E(heading)}</th>");
        }

        page.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in Rows)
        {
            page.Append("<tr>").AppendJoin(string.Empty, Cells(row).Select(c => $"<td>{E(c)}</td>")).Append("</tr>\n");
        }

        page.Append("</tbody>\n</table>\n");
        page.Append(CultureInfo.InvariantCulture, $"<h2>{E(UiText.FillRates.Get(culture))}</h2>\n");
        page.Append(Bars(summary.Overall.FillRates.Select(r => (catalog.LabelOf(r.Path, culture), r.Rate, r.Rate.ToString("P0", culture))).ToList(), "#2a7ab9"));
        page.Append(CultureInfo.InvariantCulture, $"<h2>{E(UiText.ProByRegion.Get(culture))}</h2>\n");
        var most = Math.Max(1, summary.Regions.Select(r => r.Profiles).DefaultIfEmpty(1).Max());
        page.Append(Bars(summary.Regions.Select(r => (RegionName(r.Key), (double)r.Pro / most, $"{r.Pro} / {r.Profiles}")).ToList(), "#3c9a4a"));
        page.Append("</body>\n</html>\n");
        return page.ToString();
    }

    // A horizontal bar chart as inline SVG: no script, no external file.
    private static string Bars(List<(string Label, double Share, string Value)> bars, string colour)
    {
        const int row = 22;
        const int labelWidth = 260;
        const int barWidth = 400;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{labelWidth + barWidth + 80}\" height=\"{(bars.Count * row) + 10}\" role=\"img\">\n");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, share, value) = bars[i];
            var y = (i * row) + 5;
            var width = Math.Round(Math.Clamp(share, 0, 1) * barWidth, 1);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 14}\">{WebUtility.HtmlEncode(SafeText.Printable(label))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y + 2}\" width=\"{width}\" height=\"16\" fill=\"{colour}\"><title>{WebUtility.HtmlEncode(value)}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + width + 6}\" y=\"{y + 14}\">{WebUtility.HtmlEncode(value)}</text>\n");
        }

        return svg.Append("</svg>\n").ToString();
    }

    private string[] Headings() =>
    [
        UiText.Region.Get(culture), UiText.Profiles.Get(culture), UiText.ValidCount.Get(culture), UiText.ProCount.Get(culture),
        UiText.PublicationReady.Get(culture), UiText.Stale.Get(culture), UiText.ExpiredLabels.Get(culture),
        UiText.UnreadableCount.Get(culture), UiText.AverageCompleteness.Get(culture),
    ];

    private string[] Cells(RegionTotals row) =>
    [
        RegionName(row.Key),
        row.Profiles.ToString(culture), row.Valid.ToString(culture), row.Pro.ToString(culture), row.PublicationReady.ToString(culture),
        row.Stale.ToString(culture), row.ExpiredLabels.ToString(culture), row.Unreadable.ToString(culture),
        row.AverageCompleteness.ToString("P0", culture),
    ];

    private string RegionName(string key) => key switch
    {
        RegionalSummaryBuilder.All => UiText.AllRegions.Get(culture),
        _ => NutsRegions.NameOf(key, culture) is { } name ? $"{name} ({key})" : key,
    };
}
