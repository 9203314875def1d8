using System.CommandLine;
using System.Globalization;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Bulk;
using Enf.ClusterProfiles.Configuration;
using Enf.ClusterProfiles.Console.Output;
using Spectre.Console;

namespace Enf.ClusterProfiles.Console.Commands;

/// <summary><c>check PATH…</c>: assesses every profile in files and folders, one result per profile, then a summary.</summary>
internal static class CheckCommand
{
    public static Command Create(ConsoleContext console)
    {
        var paths = CommonOptions.Paths("Profile files (.json with an object or an array, .ndjson, .csv, .xlsx) and folders of them.");
        var format = CommonOptions.Format("Output: table (default on a terminal), json (default when redirected) or markdown.", "table", "json", "markdown");
        var lang = CommonOptions.Lang();
        var maxIssues = CommonOptions.MaxIssues();
        var today = CommonOptions.Today();

        var command = new Command("check", "Check profiles: validity, PRO eligibility, what to fill next. Exit 0 when no profile has errors, 1 when one has, 2 when the check could not run.")
        {
            paths, format, lang, maxIssues, today,
        };
        command.SetAction((parse, cancel) => RunAsync(
            console,
            parse.GetValue(paths)!,
            parse.GetValue(format),
            CommonOptions.Culture(parse.GetValue(lang)),
            parse.GetValue(maxIssues),
            CommonOptions.Clock(parse.GetValue(today)),
            cancel));
        return command;
    }

    public static async Task<int> RunAsync(
        ConsoleContext console,
        IReadOnlyList<string> paths,
        string? format,
        CultureInfo culture,
        int? maxIssues,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (!PathsExist(console, paths))
        {
            return ExitCodes.CouldNotRun;
        }

        var assessor = new ProfileAssessor(new ClusterProfilesOptions { MaxIssues = maxIssues, Culture = culture }, clock);
        format ??= console.OutputIsTerminal ? "table" : "json";
        var summary = new CheckSummary { MaxIssues = maxIssues };
        using (var output = Create(format, console, assessor, culture))
        {
            var showProgress = format != "table" && !console.OutputIsTerminal && console.ErrorIsTerminal;
            if (showProgress)
            {
                await console.Progress().Status().StartAsync("Checking profiles…", async status =>
                    await AssessAllAsync(paths, assessor, culture, output, summary, n => status.Status($"Checked {n:N0} profiles…"), cancellationToken).ConfigureAwait(false))
                    .ConfigureAwait(false);
            }
            else
            {
                await AssessAllAsync(paths, assessor, culture, output, summary, _ => { }, cancellationToken).ConfigureAwait(false);
            }

            output.End(summary);
        }

        return summary.AnyUnreadableFile ? ExitCodes.CouldNotRun
            : summary.Valid < summary.Profiles ? ExitCodes.ProfileErrors
            : ExitCodes.Ok;
    }

    internal static bool PathsExist(ConsoleContext console, IReadOnlyList<string> paths)
    {
        foreach (var path in paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                console.Fail($"the path '{SafeText.Printable(path)}' does not exist.");
                return false;
            }
        }

        return true;
    }

    private static ICheckOutput Create(string format, ConsoleContext console, ProfileAssessor assessor, CultureInfo culture) => format switch
    {
        "json" => new CheckJsonOutput(console.Output),
        "markdown" => new CheckMarkdownOutput(console.Output, assessor.Catalog, culture),
        _ => new CheckTableOutput(console.People(), assessor.Catalog, culture),
    };

    private static async Task AssessAllAsync(
        IReadOnlyList<string> paths,
        ProfileAssessor assessor,
        CultureInfo culture,
        ICheckOutput output,
        CheckSummary summary,
        Action<int> progress,
        CancellationToken cancellationToken)
    {
        await foreach (var document in BulkProfileReader.ReadAsync(paths, assessor.Options.MaxProfileBytes, cancellationToken).ConfigureAwait(false))
        {
            var assessment = assessor.Assess(document, culture);
            output.Profile(assessment);
            summary.Add(assessment);
            if (summary.Profiles % 50 == 0)
            {
                progress(summary.Profiles);
            }
        }
    }
}
