using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Reference;
using Enf.ClusterProfiles.Reporting;
using Spectre.Console;

namespace Enf.ClusterProfiles.Console.Output;

/// <summary>
/// The regional report in every format: a table of profiles with those needing attention first, the counts by
/// region, and field fill rates by region and overall; as a terminal table, Markdown, a self-contained HTML page
/// with bar charts, JSON (<c>schemas/report-output.v1.schema.json</c>) or an Excel workbook.
/// </summary>
internal sealed class ReportRenderer(RegionalSummary summary, IReadOnlyList<ProfileReportRow> profiles, FieldCatalog catalog, CultureInfo culture, DateOnly today)
{
    private IEnumerable<RegionTotals> Rows => summary.Regions.Append(summary.Overall);

    public void Table(IAnsiConsole console)
    {
        Write(UiText.ProfilesAttentionFirst.Get(culture), ProfileHeadings(), profiles.Select(ProfileCells));
        Write(UiText.RegionalReport.Get(culture), Headings(), Rows.Select(Cells));
        Write(UiText.FillRatesByRegion.Get(culture), RateHeadings(), RateRows());

        void Write(string title, string[] headings, IEnumerable<string[]> rows)
        {
            var table = new Table().Border(TableBorder.Rounded).Title(title);
            foreach (var heading in headings)
            {
                table.AddColumn(heading);
            }

            foreach (var row in rows)
            {
                table.AddRow(row.Select(c => new Text(SafeText.Printable(c))).ToArray());
            }

            console.Write(table);
        }
    }

    public string Markdown()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# {UiText.RegionalReport.Get(culture)}\n\n{UiText.Date(today, culture)}\n\n");
        AppendTable(text, UiText.ProfilesAttentionFirst.Get(culture), ProfileHeadings(), profiles.Select(ProfileCells));
        AppendTable(text, UiText.Regions.Get(culture), Headings(), Rows.Select(Cells));
        AppendTable(text, UiText.FillRatesByRegion.Get(culture), RateHeadings(), RateRows());
        return text.ToString();

        static void AppendTable(StringBuilder text, string title, string[] headings, IEnumerable<string[]> rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"## {title}\n\n");
            text.Append("| ").AppendJoin(" | ", headings.Select(Output.Markdown.Cell)).Append(" |\n|").AppendJoin("|", headings.Select(_ => "---")).Append("|\n");
            foreach (var row in rows)
            {
                text.Append("| ").AppendJoin(" | ", row.Select(Output.Markdown.Cell)).Append(" |\n");
            }

            text.Append('\n');
        }
    }

    public string Html()
    {
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
            <p>{E(UiText.Date(today, culture))}</p>

            """);
        AppendTable(UiText.ProfilesAttentionFirst.Get(culture), "profiles", ProfileHeadings(), profiles.Select(ProfileCells));
        AppendTable(UiText.Regions.Get(culture), "regions", Headings(), Rows.Select(Cells));
        page.Append(CultureInfo.InvariantCulture, $"<h2>{E(UiText.FillRates.Get(culture))}</h2>\n");
        page.Append(Bars(summary.Overall.FillRates.Select(r => (catalog.LabelOf(r.Path, culture), r.Rate, Percent(r.Rate))).ToList(), "#2a7ab9"));
        page.Append(CultureInfo.InvariantCulture, $"<h2>{E(UiText.ProByRegion.Get(culture))}</h2>\n");
        var most = Math.Max(1, summary.Regions.Select(r => r.Profiles).DefaultIfEmpty(1).Max());
        page.Append(Bars(summary.Regions.Select(r => (RegionName(r.Key), (double)r.Pro / most, $"{r.Pro} / {r.Profiles}")).ToList(), "#3c9a4a"));
        AppendTable(UiText.FillRatesByRegion.Get(culture), "rates", RateHeadings(), RateRows());
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

    /// <summary>The report as JSON, in the shape of <c>schemas/report-output.v1.schema.json</c>.</summary>
    public void Json(Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("schemaVersion", "1.0");
        json.WriteString("assessedOn", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("language", LocalizedText.LanguageOf(culture));
        json.WritePropertyName("overall");
        WriteTotals(json, summary.Overall);
        json.WriteStartArray("regions");
        foreach (var region in summary.Regions)
        {
            WriteTotals(json, region);
        }

        json.WriteEndArray();
        json.WriteStartArray("profiles");
        foreach (var row in profiles)
        {
            json.WriteStartObject();
            json.WriteString("source", row.Source);
            WriteNumberOrNull(json, "line", row.Line);
            json.WriteString("id", row.Id);
            json.WriteString("name", row.Name);
            json.WriteString("region", row.Region);
            json.WriteBoolean("readable", row.Readable);
            json.WriteBoolean("valid", row.Valid);
            json.WriteNumber("errors", row.Errors);
            json.WriteNumber("warnings", row.Warnings);
            json.WriteStartObject("pro");
            json.WriteBoolean("eligible", row.Pro);
            json.WriteNumber("needed", row.ProNeeded);
            json.WriteEndObject();
            json.WriteStartObject("publication");
            json.WriteBoolean("applies", row.PublicationApplies);
            json.WriteBoolean("ready", row.PublicationReady);
            json.WriteBoolean("waived", row.PublicationWaived);
            json.WriteEndObject();
            json.WriteNumber("completeness", Math.Round(row.Completeness, 4));
            WriteDateOrNull(json, "lastUpdated", row.LastUpdated);
            json.WriteBoolean("stale", row.Stale);
            json.WriteStartObject("label");
            WriteDateOrNull(json, "validUntil", row.LabelValidUntil);
            json.WriteBoolean("expired", row.LabelExpired);
            json.WriteBoolean("expiresSoon", row.LabelExpiresSoon);
            json.WriteEndObject();
            json.WriteStartArray("attention");
            foreach (var reason in row.Attention)
            {
                json.WriteStringValue(reason);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');

        static void WriteNumberOrNull(Utf8JsonWriter json, string name, int? value)
        {
            if (value is int number)
            {
                json.WriteNumber(name, number);
            }
            else
            {
                json.WriteNull(name);
            }
        }

        static void WriteDateOrNull(Utf8JsonWriter json, string name, DateOnly? value)
        {
            if (value is DateOnly date)
            {
                json.WriteString(name, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else
            {
                json.WriteNull(name);
            }
        }

        void WriteTotals(Utf8JsonWriter json, RegionTotals totals)
        {
            json.WriteStartObject();
            json.WriteString("key", totals.Key);
            json.WriteString("name", RegionName(totals.Key));
            json.WriteNumber("profiles", totals.Profiles);
            json.WriteNumber("valid", totals.Valid);
            json.WriteNumber("pro", totals.Pro);
            json.WriteNumber("publicationReady", totals.PublicationReady);
            json.WriteNumber("stale", totals.Stale);
            json.WriteNumber("expiredLabels", totals.ExpiredLabels);
            json.WriteNumber("unreadable", totals.Unreadable);
            json.WriteNumber("averageCompleteness", Math.Round(totals.AverageCompleteness, 4));
            json.WriteStartArray("fillRates");
            foreach (var rate in totals.FillRates)
            {
                json.WriteStartObject();
                json.WriteString("path", rate.Path);
                json.WriteNumber("filled", rate.Filled);
                json.WriteNumber("applicable", rate.Applicable);
                json.WriteNumber("rate", Math.Round(rate.Rate, 4));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
    }

    /// <summary>The report as an Excel workbook: profiles (attention first), regions, fill rates by region; typed cells.</summary>
    public void Workbook(Stream stream)
    {
        using var workbook = new Workbook(stream, culture);
        var people = workbook.AddSheet(UiText.Profiles.Get(culture));
        people.AddRow([.. ProfileHeadings(), UiText.SourceHeading.Get(culture)], header: true);
        people.Freeze(1);
        foreach (var row in profiles)
        {
            var cells = ProfileCells(row);
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
        regions.AddRow(Headings(), header: true);
        regions.Freeze(1);
        foreach (var row in Rows)
        {
            regions.AddRow(
            [
                RegionName(row.Key), row.Profiles, row.Valid, row.Pro, row.PublicationReady, row.Stale, row.ExpiredLabels,
                row.Unreadable, new Workbook.Share(row.AverageCompleteness),
            ]);
        }

        regions.Width(1, 30);
        var rates = workbook.AddSheet(UiText.FillRates.Get(culture));
        rates.AddRow(RateHeadings(), header: true);
        rates.Freeze(1);
        var columns = Rows.ToList();
        foreach (var rate in summary.Overall.FillRates)
        {
            rates.AddRow([catalog.LabelOf(rate.Path, culture), .. columns.Select(c => c.FillRates.FirstOrDefault(r => r.Path == rate.Path) is { Applicable: > 0 } r ? new Workbook.Share(r.Rate) : null)]);
        }

        rates.Width(1, 36);
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

    private string Percent(double share) => share.ToString("P0", culture);

    private string[] ProfileHeadings() =>
    [
        UiText.Cluster.Get(culture), UiText.Region.Get(culture), UiText.ValidHeading.Get(culture), UiText.ProHeading.Get(culture),
        UiText.PublicationHeading.Get(culture), UiText.CompletenessHeading.Get(culture), UiText.LastUpdatedHeading.Get(culture),
        UiText.LabelHeading.Get(culture), UiText.AttentionHeading.Get(culture),
    ];

    private string[] ProfileCells(ProfileReportRow row) =>
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
        Percent(row.AverageCompleteness),
    ];

    private string[] RateHeadings() => [UiText.Field.Get(culture), .. Rows.Select(r => RegionName(r.Key))];

    // One row per field: its fill rate in each region and overall; a dash where the field applies to no profile.
    private IEnumerable<string[]> RateRows()
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

    private string RegionName(string key) => key switch
    {
        RegionalSummaryBuilder.All => UiText.AllRegions.Get(culture),
        _ => NutsRegions.NameOf(key, culture) is { } name ? $"{name} ({key})" : key,
    };
}
