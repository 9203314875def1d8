using Spectre.Console;

namespace Enf.ClusterProfiles.Console.Output;

/// <summary>The regional report as terminal tables: profiles (attention first), regions, fill rates by region.</summary>
internal static class ReportTableRenderer
{
    public static void Render(ReportContent report, IAnsiConsole console)
    {
        var culture = report.Culture;
        Write(UiText.ProfilesAttentionFirst.Get(culture), report.ProfileHeadings(), report.Profiles.Select(report.ProfileCells));
        Write(UiText.RegionalReport.Get(culture), report.Headings(), report.Rows.Select(report.Cells));
        Write(UiText.FillRatesByRegion.Get(culture), report.RateHeadings(), report.RateRows());

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
}
