using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Console.Commands;

/// <summary>The options console-v1 gives every command: --format, --lang, --max-issues, --today.</summary>
internal static class CommonOptions
{
    public static Option<string?> Format(string description, params string[] formats) =>
        new Option<string?>("--format")
        {
            Description = description,
            HelpName = string.Join('|', formats),
        }.AcceptOnlyFromAmong(formats);

    public static Option<string?> Lang() =>
        new Option<string?>("--lang")
        {
            Description = "Language of messages and field labels: en, fi or sv (default: the current UI language, else English).",
            HelpName = "en|fi|sv",
        }.AcceptOnlyFromAmong("en", "fi", "sv");

    public static Option<int?> MaxIssues()
    {
        var option = new Option<int?>("--max-issues")
        {
            Description = "Report at most N findings per profile, errors first; when the cap bites, the output says so and sets partial: true.",
            HelpName = "N",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError("--max-issues must be 1 or more.");
            }
        });
        return option;
    }

    public static Option<DateOnly?> Today() => new("--today")
    {
        Description = "Take this date as today (YYYY-MM-DD), for reproducible runs; by default the system clock.",
        HelpName = "YYYY-MM-DD",
        CustomParser = ParseDate,
    };

    /// <summary>The PATH… argument of check and report: one or more files and folders.</summary>
    public static Argument<string[]> Paths(string description)
    {
        var paths = new Argument<string[]>("PATH") { Description = description, Arity = ArgumentArity.OneOrMore };
        RejectUnknownOptions(paths);
        return paths;
    }

    /// <summary>A token that looks like an option but is none is a mistake, not a path named "--bogus".</summary>
    private static void RejectUnknownOptions(Argument<string[]> paths) =>
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith('-') && token.Value.Length > 1 && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                {
                    result.AddError($"Unrecognized option '{token.Value}'.");
                    return;
                }
            }
        });

    public static CultureInfo Culture(string? lang) =>
        CultureInfo.GetCultureInfo(lang ?? LocalizedText.LanguageOf(CultureInfo.CurrentUICulture));

    public static TimeProvider Clock(DateOnly? today) => today is DateOnly day ? new FixedDayTimeProvider(day) : TimeProvider.System;

    private static DateOnly? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"--today must be a date written YYYY-MM-DD; '{text}' is not.");
        return null;
    }
}
