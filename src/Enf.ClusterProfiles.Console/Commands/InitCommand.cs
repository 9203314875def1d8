using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Console.Output;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Console.Commands;

/// <summary>
/// <c>init</c>: writes a profile template with every field, blank, and a <c>$help</c> object that explains
/// each field in the chosen language. Once the blanks are filled, the profile passes <c>check</c>.
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
        var lang = CommonOptions.Lang();
        var today = CommonOptions.Today();
        var command = new Command("init", "Write a profile template with every field and its help, ready to fill in.") { output, lang, today };
        command.SetAction(parse =>
        {
            var template = Template(CommonOptions.Culture(parse.GetValue(lang)), CommonOptions.Clock(parse.GetValue(today)));
            var file = parse.GetValue(output);
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

            console.Error.WriteLine($"Wrote {file}. Fill in the blanks, remove \"{HelpProperty}\" when done, then run: cluster-profiles check {file}");
            return ExitCodes.Ok;
        });
        return command;
    }

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
            var segments = field.Path.Split('.');
            var parent = root;
            foreach (var segment in segments[..^1])
            {
                parent = parent[segment] as JsonObject ?? (JsonObject)(parent[segment] = new JsonObject());
            }

            parent[segments[^1]] = Blank(field, clock);
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    // Blank values that check reads as absent, except the few a new profile always has.
    private static JsonNode? Blank(FieldDefinition field, TimeProvider clock) => field.Path switch
    {
        "schemaVersion" => SchemaVersions.V1,
        "profileType" => ProfileType.ClusterOrganisation.Value,
        "lastUpdated" => DateOnly.FromDateTime(clock.GetLocalNow().DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
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
