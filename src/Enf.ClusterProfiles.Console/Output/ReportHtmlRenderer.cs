using System.Globalization;
using System.Net;
using System.Text;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Console.Output;

/// <summary>The regional report as a self-contained HTML page: the tables, and bar charts as inline SVG (no script, no external file).</summary>
internal sealed class ReportHtmlRenderer : IReportRenderer
{
    public void Render(ReportContent report, Stream output) => output.Write(new UTF8Encoding(false).GetBytes(Text(report)));

    public static string Text(ReportContent report)
    {
        var culture = report.Culture;
        static string E(string text) => WebUtility.HtmlEncode(SafeText.Printable(text));
        var page = new StringBuilder();
        var lang = LocalizedText.LanguageOf(culture);
        page.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="{lang}">
            <head>
            <meta charset="utf-8">
            <title>{E(UiText.RegionalReport.Get(culture))}</title>
            <style>
            body {'{'} font-family: system-ui, sans-serif; margin: 2rem; color: #222; max-width: 80rem; {'}'}
            table {'{'} border-collapse: collapse; margin: 1rem 0 2rem; {'}'}
            th, td {'{'} border: 1px solid #ccc; padding: .3rem .6rem; text-align: right; {'}'}
            th:first-child, td:first-child {'{'} text-align: left; {'}'}
            table.regions tr:last-child td {'{'} font-weight: bold; {'}'}
            svg text {'{'} font-size: 12px; font-family: system-ui, sans-serif; {'}'}
            </style>
            </head>
            <body>
            <h1>{E(UiText.RegionalReport.Get(culture))}</h1>
            <p>{E(UiText.Date(report.Today, culture))}</p>

            """);
        AppendTable(UiText.ProfilesAttentionFirst.Get(culture), "profiles", report.ProfileHeadings(), report.Profiles.Select(report.ProfileCells));
        AppendTable(UiText.Regions.Get(culture), "regions", report.Headings(), report.Rows.Select(report.Cells));
        page.Append(CultureInfo.InvariantCulture, $"<h2>{E(UiText.FillRates.Get(culture))}</h2>\n");
        page.Append(Bars(report.Summary.Overall.FillRates.Select(r => (report.Catalog.LabelOf(r.Path, culture), r.Rate, report.Percent(r.Rate))).ToList(), "#2a7ab9"));
        page.Append(CultureInfo.InvariantCulture, $"<h2>{E(UiText.ProByRegion.Get(culture))}</h2>\n");
        var most = Math.Max(1, report.Summary.Regions.Select(r => r.Profiles).DefaultIfEmpty(1).Max());
        page.Append(Bars(report.Summary.Regions.Select(r => (report.RegionName(r.Key), (double)r.Pro / most, $"{r.Pro} / {r.Profiles}")).ToList(), "#3c9a4a"));
        AppendTable(UiText.FillRatesByRegion.Get(culture), "rates", report.RateHeadings(), report.RateRows());
        page.Append("</body>\n</html>\n");
        return page.ToString();

        void AppendTable(string title, string cssClass, string[] headings, IEnumerable<string[]> rows)
        {
            page.Append(CultureInfo.InvariantCulture, $"<h2>{E(title)}</h2>\n<table class=\"{cssClass}\">\n<thead><tr>");
            foreach (var heading in headings)
            {
                page.Append(CultureInfo.InvariantCulture, $"<th>{E(heading)}</th>");
            }

            page.Append("</tr></thead>\n<tbody>\n");
            foreach (var row in rows)
            {
                page.Append("<tr>").AppendJoin(string.Empty, row.Select(c => $"<td>{E(c)}</td>")).Append("</tr>\n");
            }

            page.Append("</tbody>\n</table>\n");
        }
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
}
