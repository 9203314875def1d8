using System.Globalization;
using System.Text;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Portal.Registry;
using Enf.ClusterProfiles.Registry.Contracts;
using Enf.ClusterProfiles.Reporting;
using Microsoft.AspNetCore.Mvc;
using static Enf.ClusterProfiles.Portal.Text.Ui;

namespace Enf.ClusterProfiles.Portal.Pages;

/// <summary>
/// The council's view of the published clusters: the regional summary with charts, the clusters that need
/// attention (errors, not PRO, stale data, a label expired or expiring within 90 days), and the same as CSV; from one
/// export of the published profiles.
/// </summary>
public sealed class OverviewModel(IPortalRegistry registry, ProfileAssessor assessor, TimeProvider clock) : PortalPageModel(registry, assessor, clock)
{
    public const int LabelWarningDays = 90;

    public sealed record Row(string Id, ProfileAssessment Assessment, DateOnly? LabelValidUntil, IReadOnlyList<string> Attention);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public RegionalSummary Summary { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await Load(cancellationToken);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await Load(cancellationToken);
        var csv = new StringBuilder();
        Line(csv, ["id", "name", "region", "valid", "completeness", "pro", "optionalFilled", "optionalTotal", "stale", "labelValidUntil", "attention"]);
        foreach (var row in Rows)
        {
            var a = row.Assessment;
            Line(csv,
            [
                row.Id, a.Name ?? string.Empty, a.Region ?? string.Empty, a.Valid ? "true" : "false",
                a.Completeness.ToString("0.00", CultureInfo.InvariantCulture), a.Pro.Eligible ? "true" : "false",
                a.Pro.OptionalFilled.ToString(CultureInfo.InvariantCulture), a.Pro.OptionalTotal.ToString(CultureInfo.InvariantCulture),
                a.Stale ? "true" : "false", row.LabelValidUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                string.Join("; ", row.Attention),
            ]);
        }

        // A byte order mark, so that Excel opens ä and ö as they are.
        return File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(csv.ToString())).ToArray(),
            "text/csv; charset=utf-8", $"cluster-overview-{Today:yyyy-MM-dd}.csv");
    }

    /// <summary>One CSV record (RFC 4180 quoting); a cell that a spreadsheet would run as a formula is prefixed with an apostrophe.</summary>
    private static void Line(StringBuilder csv, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal))
            {
                cell = "'" + cell;
            }

            if (i > 0)
            {
                csv.Append(',');
            }

            csv.Append(cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell);
        }

        csv.Append("\r\n");
    }

    private async Task Load(CancellationToken cancellationToken)
    {
        var builder = new RegionalSummaryBuilder();
        var rows = new List<Row>();
        // The published version of every profile that has one, in one request.
        foreach (var (id, json) in await Registry.ExportAsync(ProfileStatus.Published, cancellationToken))
        {
            var assessment = Assess(json);
            builder.Add(assessment);
            var until = LabelValidUntil(json);
            rows.Add(new Row(id, assessment, until, Attention(assessment, until)));
        }

        Summary = builder.Build();
        Rows = [.. rows.OrderBy(r => r.Assessment.Region ?? "", StringComparer.Ordinal).ThenBy(r => r.Assessment.Name ?? r.Id, StringComparer.CurrentCulture)];
    }

    private List<string> Attention(ProfileAssessment a, DateOnly? labelValidUntil)
    {
        var reasons = new List<string>();
        if (!a.Valid)
        {
            reasons.Add(T("has errors", "virheitä", "har fel"));
        }

        if (!a.Pro.Eligible)
        {
            reasons.Add(T("not PRO", "ei PRO", "inte PRO"));
        }

        if (a.Stale)
        {
            reasons.Add(T("data out of date", "tiedot vanhentuneet", "inaktuella uppgifter"));
        }

        if (labelValidUntil is { } until)
        {
            var days = until.DayNumber - Today.DayNumber;
            if (days < 0)
            {
                reasons.Add(T("label expired", "merkki vanhentunut", "märket har gått ut"));
            }
            else if (days <= LabelWarningDays)
            {
                reasons.Add(T($"label expires in {days} days", $"merkki vanhenee {days} päivän kuluttua", $"märket går ut om {days} dagar"));
            }
        }

        return reasons;
    }
}
