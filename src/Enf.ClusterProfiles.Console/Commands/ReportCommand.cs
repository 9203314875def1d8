using System.CommandLine;
using System.Text;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Bulk;
using Enf.ClusterProfiles.Configuration;
using Enf.ClusterProfiles.Console.Output;
using Enf.ClusterProfiles.Reporting;
using Spectre.Console;

namespace Enf.ClusterProfiles.Console.Commands;

/// <summary><c>report PATH…</c>: the regional view over many profiles, as a table, Markdown or HTML with charts.</summary>
internal static class ReportCommand
{
    public static Command Create(ConsoleContext console)
    {
        var paths = CommonOptions.Paths("Profile files and folders, as for check.");
        var format = CommonOptions.Format("Output: table (default), markdown, or html (a self-contained page with bar charts).", "table", "markdown", "html");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output.", HelpName = "FILE" };
        var lang = CommonOptions.Lang();
        var today = CommonOptions.Today();
        var command = new Command("report", "Report on many profiles by region: counts of valid, PRO-eligible, publication-ready, stale and expired, and field fill rates.")
        {
            paths, format, output, lang, today,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var given = parse.GetValue(paths)!;
            if (!CheckCommand.PathsExist(console, given))
            {
                return ExitCodes.CouldNotRun;
            }

            var culture = CommonOptions.Culture(parse.GetValue(lang));
            var clock = CommonOptions.Clock(parse.GetValue(today));
            var assessor = new ProfileAssessor(new ClusterProfilesOptions { Culture = culture }, clock);
            var builder = new RegionalSummaryBuilder();
            var errors = false;
            var unreadableFile = false;
            await foreach (var document in BulkProfileReader.ReadAsync(given, assessor.Options.MaxProfileBytes, cancel).ConfigureAwait(false))
            {
                var assessment = assessor.Assess(document, culture);
                builder.Add(assessment);
                errors |= !assessment.Valid;
                unreadableFile |= assessment.Issues.Any(i => i.Code == Issues.IssueCodes.FileUnreadable);
            }

            var renderer = new ReportRenderer(builder.Build(), assessor.Catalog, culture, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
            var file = parse.GetValue(output);
            var chosen = parse.GetValue(format) ?? "table";
            if (chosen == "table" && file is null)
            {
                renderer.Table(console.People());
            }
            else
            {
                var text = chosen == "html" ? renderer.Html() : renderer.Markdown(); // a table written to a file is Markdown
                if (file is null)
                {
                    await console.Output.WriteAsync(text).ConfigureAwait(false);
                }
                else
                {
                    try
                    {
                        await File.WriteAllTextAsync(file, text, new UTF8Encoding(false), cancel).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        console.Fail($"cannot write '{SafeText.Printable(file)}': {e.Message}");
                        return ExitCodes.CouldNotRun;
                    }

                    await console.Error.WriteLineAsync($"Wrote {file}.").ConfigureAwait(false);
                }
            }

            return unreadableFile ? ExitCodes.CouldNotRun : errors ? ExitCodes.ProfileErrors : ExitCodes.Ok;
        });
        return command;
    }
}
