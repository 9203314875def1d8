using System.CommandLine;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Bulk;
using Enf.ClusterProfiles.Configuration;
using Enf.ClusterProfiles.Console.Output;
using Enf.ClusterProfiles.Reporting;
using Spectre.Console;

namespace Enf.ClusterProfiles.Console.Commands;

/// <summary>
/// <c>report PATH…</c>: the regional view over many profiles: a row per profile with those needing attention
/// first, counts by region, fill rates by region; as a table, Markdown, HTML with charts, JSON or a workbook.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(ConsoleContext console)
    {
        var paths = CommonOptions.Paths("Profile files and folders, as for check.");
        var format = CommonOptions.Format(
            "Output: table (default), markdown, html (a self-contained page with bar charts), json (schemas/report-output.v1.schema.json) or xlsx (an Excel workbook; needs -o FILE).",
            "table", "markdown", "html", "json", "xlsx");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output.", HelpName = "FILE" };
        var lang = CommonOptions.Lang();
        var today = CommonOptions.Today();
        var command = new Command("report", "Report on many profiles: which need attention and why, counts of valid, PRO-eligible, publication-ready, stale and expired by region, and field fill rates by region.")
        {
            paths, format, output, lang, today,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var given = parse.GetValue(paths)!;
            var chosen = parse.GetValue(format) ?? "table";
            var file = parse.GetValue(output);
            if (chosen == "xlsx" && file is null)
            {
                console.Fail("--format xlsx writes a workbook, which needs a file: add -o FILE.xlsx.");
                return ExitCodes.CouldNotRun;
            }

            if (!CheckCommand.PathsExist(console, given))
            {
                return ExitCodes.CouldNotRun;
            }

            var culture = CommonOptions.Culture(parse.GetValue(lang));
            var clock = CommonOptions.Clock(parse.GetValue(today));
            var assessor = new ProfileAssessor(new ClusterProfilesOptions { Culture = culture }, clock);
            var builder = new RegionalSummaryBuilder();
            var rows = new List<ProfileReportRow>();
            var errors = false;
            var unreadableFile = false;

            async Task ReadAllAsync(Action<int> progress)
            {
                await foreach (var document in BulkProfileReader.ReadAsync(given, assessor.Options.MaxProfileBytes, cancel).ConfigureAwait(false))
                {
                    var assessment = assessor.Assess(document, culture);
                    builder.Add(assessment);
                    rows.Add(ProfileReportRow.From(assessment, document.Profile));
                    errors |= !assessment.Valid;
                    unreadableFile |= assessment.SourceUnreadable;
                    if (rows.Count % 50 == 0)
                    {
                        progress(rows.Count);
                    }
                }
            }

            // Progress where a person watches (standard error is a terminal), nothing when it is redirected.
            if (console.ErrorIsTerminal)
            {
                await console.Progress().Status().StartAsync(
                    string.Format(culture, UiText.Reading.Get(culture), 0),
                    status => ReadAllAsync(n => status.Status(string.Format(culture, UiText.Reading.Get(culture), n)))).ConfigureAwait(false);
            }
            else
            {
                await ReadAllAsync(_ => { }).ConfigureAwait(false);
            }

            rows.Sort(ProfileReportRow.AttentionOrder);
            var report = new ReportContent(builder.Build(), rows, assessor.Catalog, culture, assessor.Today());
            if (chosen == "table" && file is null)
            {
                ReportTableRenderer.Render(report, console.People());
            }
            else if (!await WriteAsync(console, report, chosen, file, cancel).ConfigureAwait(false))
            {
                return ExitCodes.CouldNotRun;
            }

            return unreadableFile ? ExitCodes.CouldNotRun : errors ? ExitCodes.ProfileErrors : ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<bool> WriteAsync(ConsoleContext console, ReportContent report, string format, string? file, CancellationToken cancel)
    {
        try
        {
            using var buffer = new MemoryStream();
            ReportRenderers.For(format).Render(report, buffer); // a table written to a file is Markdown
            if (file is null)
            {
                await console.Output.WriteAsync(new System.Text.UTF8Encoding(false).GetString(buffer.ToArray())).ConfigureAwait(false);
                return true;
            }

            await File.WriteAllBytesAsync(file, buffer.ToArray(), cancel).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Fail($"cannot write '{SafeText.Printable(file)}': {e.Message}");
            return false;
        }

        await console.Error.WriteLineAsync($"Wrote {file}.").ConfigureAwait(false);
        return true;
    }
}
