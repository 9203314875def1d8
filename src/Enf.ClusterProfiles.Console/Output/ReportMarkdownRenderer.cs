using System.Globalization;
using System.Text;

namespace Enf.ClusterProfiles.Console.Output;

/// <summary>The regional report as Markdown: a title and date, then the three tables.</summary>
internal sealed class ReportMarkdownRenderer : IReportRenderer
{
    public void Render(ReportContent report, Stream output) => output.Write(new UTF8Encoding(false).GetBytes(Text(report)));

    public static string Text(ReportContent report)
    {
        var culture = report.Culture;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# {UiText.RegionalReport.Get(culture)}\n\n{UiText.Date(report.Today, culture)}\n\n");
        AppendTable(text, UiText.ProfilesAttentionFirst.Get(culture), report.ProfileHeadings(), report.Profiles.Select(report.ProfileCells));
        AppendTable(text, UiText.Regions.Get(culture), report.Headings(), report.Rows.Select(report.Cells));
        AppendTable(text, UiText.FillRatesByRegion.Get(culture), report.RateHeadings(), report.RateRows());
        return text.ToString();

        static void AppendTable(StringBuilder text, string title, string[] headings, IEnumerable<string[]> rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"## {title}\n\n");
            text.Append("| ").AppendJoin(" | ", headings.Select(Markdown.Cell)).Append(" |\n|").AppendJoin("|", headings.Select(_ => "---")).Append("|\n");
            foreach (var row in rows)
            {
                text.Append("| ").AppendJoin(" | ", row.Select(Markdown.Cell)).Append(" |\n");
            }

            text.Append('\n');
        }
    }
}
