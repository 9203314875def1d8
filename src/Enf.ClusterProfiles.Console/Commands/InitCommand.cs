using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Enf.ClusterProfiles.Bulk;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Configuration;
using Enf.ClusterProfiles.Console.Output;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Reference;

namespace Enf.ClusterProfiles.Console.Commands;

/// <summary>
/// <c>init</c>: writes a profile template with every field, blank, and a <c>$help</c> object that explains
/// each field in the chosen language (a <c>$</c> name is an annotation, which check ignores). Once the blanks are
/// filled, the profile passes <c>check</c> without a warning.
/// </summary>
internal static class InitCommand
{
    public const string HelpProperty = "$help";

    public static Command Create(ConsoleContext console)
    {
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the template to this file (it must not exist yet); by default to standard output.",
            HelpName = "FILE",
        };
        var format = CommonOptions.Format("json (default): one profile to fill in; xlsx: a workbook for many profiles, one a row, with drop-down lists (needs -o FILE).", "json", "xlsx");
        var lang = CommonOptions.Lang();
        var today = CommonOptions.Today();
        var command = new Command("init", "Write a profile template with every field and its help, ready to fill in.") { output, format, lang, today };
        command.SetAction(parse =>
        {
            var culture = CommonOptions.Culture(parse.GetValue(lang));
            var file = parse.GetValue(output);
            if (parse.GetValue(format) == "xlsx")
            {
                return WriteWorkbook(console, file, culture);
            }

            var template = Template(culture, CommonOptions.Clock(parse.GetValue(today)));
            if (file is null)
            {
                console.Output.Write(template);
                return ExitCodes.Ok;
            }

            try
            {
                using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write);
                stream.Write(new UTF8Encoding(false).GetBytes(template));
            }
            catch (IOException e) when (File.Exists(file))
            {
                console.Fail($"'{SafeText.Printable(file)}' exists already; choose another file or remove it first ({e.GetType().Name}).");
                return ExitCodes.CouldNotRun;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.Fail($"cannot write '{SafeText.Printable(file)}': {e.Message}");
                return ExitCodes.CouldNotRun;
            }

            console.Error.WriteLine($"Wrote {file}. Fill in the blanks, then run: cluster-profiles check {file}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static int WriteWorkbook(ConsoleContext console, string? file, CultureInfo culture)
    {
        if (file is null)
        {
            console.Fail("--format xlsx writes a workbook, which needs a file: add -o FILE.xlsx.");
            return ExitCodes.CouldNotRun;
        }

        try
        {
            using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.ReadWrite);
            WorkbookTemplate(stream, culture);
        }
        catch (IOException e) when (File.Exists(file) && e is not DirectoryNotFoundException)
        {
            console.Fail($"'{SafeText.Printable(file)}' exists already; choose another file or remove it first ({e.GetType().Name}).");
            return ExitCodes.CouldNotRun;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Fail($"cannot write '{SafeText.Printable(file)}': {e.Message}");
            return ExitCodes.CouldNotRun;
        }

        console.Error.WriteLine($"Wrote {file}. Fill in one profile a row from row 3 on, then run: cluster-profiles check {file}");
        return ExitCodes.Ok;
    }

    /// <summary>
    /// The workbook template: a sheet of profiles with the labels (row 1) and paths (row 2) of every column and
    /// drop-down lists for the closed lists, a sheet of those lists, and a sheet of help. Empty, it draws no finding.
    /// </summary>
    public static void WorkbookTemplate(Stream stream, CultureInfo culture)
    {
        const int lastRow = 1000; // drop-downs reach this far; rows below are read all the same
        var catalog = FieldCatalog.Version1;
        var paths = SpreadsheetColumns.Paths;
        using var workbook = new Workbook(stream, culture);
        var profiles = workbook.AddSheet(UiText.Profiles.Get(culture));
        var lists = workbook.AddSheet(UiText.Lists.Get(culture));
        var help = workbook.AddSheet(UiText.Help.Get(culture));

        profiles.AddRow([.. paths.Select(p => SpreadsheetColumns.Label(p, culture))], header: true);
        profiles.AddRow([.. paths.Select(p => new Workbook.QuietText(p))]);
        profiles.Freeze(2);

        // One column of the lists sheet per closed list, referred to by the drop-downs.
        var listColumns = new List<object?[]>();
        for (var i = 0; i < paths.Count; i++)
        {
            var field = catalog.FieldOf(paths[i]);
            profiles.Width(i + 1, Math.Clamp(SpreadsheetColumns.Label(paths[i], culture).Length + 2, 12, 40));
            if (field is null || ChoicesOf(paths[i], field) is not { } choices)
            {
                continue;
            }

            var column = listColumns.Count + 1;
            listColumns.Add([SpreadsheetColumns.Label(paths[i], culture), .. choices]);
            var range = $"'{lists.Name}'!${SpreadsheetColumns.Letters(column)}$2:${SpreadsheetColumns.Letters(column)}${choices.Count + 1}";
            var several = field.Kind is FieldKind.ChoiceList or FieldKind.CountryCodeList or FieldKind.LanguageCodeList;
            var strict = !several && field.Kind != FieldKind.NutsRegion; // a region may be any NUTS code: the list only offers ours
            profiles.DropDown(i + 1, 3, lastRow, range, strict, UiText.ChooseOrType.Get(culture), several ? UiText.SeveralAllowed.Get(culture) : field.Help.Get(culture));
        }

        var longest = listColumns.Count == 0 ? 0 : listColumns.Max(c => c.Length);
        for (var r = 0; r < longest; r++)
        {
            lists.AddRow([.. listColumns.Select(c => r < c.Length ? c[r] : null)], header: r == 0);
        }

        help.AddRow([UiText.TemplateNote.Get(culture)], header: true);
        help.AddRow([UiText.Label.Get(culture), UiText.Path.Get(culture), UiText.Requirement.Get(culture), UiText.Meaning.Get(culture), UiText.Rule.Get(culture)], header: true);
        foreach (var field in catalog.Fields)
        {
            help.AddRow([field.Label.Get(culture), field.Path, FieldCatalogExport.Abbreviation(field.Requirement), field.Help.Get(culture), field.RuleText(culture)]);
        }

        foreach (var (column, width) in new[] { (1, 34.0), (2, 30.0), (3, 8.0), (4, 60.0), (5, 50.0) })
        {
            help.Width(column, width);
        }
    }

    // The closed list a column's values come from, when it has one.
    private static List<string>? ChoicesOf(string path, FieldDefinition field) => path switch
    {
        "clusterLabel.tier" => [.. LabelTier.All.Select(t => t.Value)],
        "region" => [.. NutsRegions.EastAndNorthFinland.Keys],
        _ when field.Kind is FieldKind.MemberCounts or FieldKind.ClusterLabel => null,
        _ => field.Constraints.AllowedValues is { Count: > 0 } values ? [.. values] : null,
    };

    public static string Template(CultureInfo culture, TimeProvider clock)
    {
        var catalog = FieldCatalog.Version1;
        var help = new JsonObject();
        foreach (var field in catalog.Fields)
        {
            help[field.Path] = $"{FieldCatalogExport.Abbreviation(field.Requirement)} · {field.Label.Get(culture)}: {field.Help.Get(culture)} ({field.RuleText(culture)})";
        }

        var root = new JsonObject { [HelpProperty] = help };
        foreach (var field in catalog.Fields)
        {
            FieldPaths.SetValueAt(root, field.Path, Blank(field, clock));
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    // Blank values that check reads as absent, except the few a new profile always has.
    private static JsonNode? Blank(FieldDefinition field, TimeProvider clock) => field.Path switch
    {
        "schemaVersion" => SchemaVersions.V1,
        "profileType" => ProfileType.ClusterOrganisation.Value,
        "lastUpdated" => new ProfileAssessor(new ClusterProfilesOptions(), clock).Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), // the day as the checks count it
        _ => field.Kind switch
        {
            FieldKind.Number or FieldKind.Integer or FieldKind.Year or FieldKind.Date => null,
            FieldKind.TextList or FieldKind.ChoiceList or FieldKind.CountryCodeList or FieldKind.LanguageCodeList or FieldKind.UrlList => new JsonArray(),
            FieldKind.MemberCounts => new JsonObject(field.Constraints.Properties!.Select(p => KeyValuePair.Create(p, (JsonNode?)null))),
            FieldKind.ClusterLabel => new JsonObject { ["tier"] = null, ["validUntil"] = null },
            _ => string.Empty,
        },
    };
}
