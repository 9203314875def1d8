using System.CommandLine;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Console.Output;
using Spectre.Console;

namespace Enf.ClusterProfiles.Console.Commands;

/// <summary><c>fields</c>: the field catalogue, with path, requirement, labels and rule.</summary>
internal static class FieldsCommand
{
    public static Command Create(ConsoleContext console)
    {
        var format = CommonOptions.Format("Output: table (default on a terminal), json (default when redirected; the catalogue as data) or markdown (a table per language).", "table", "json", "markdown");
        var lang = CommonOptions.Lang();
        var command = new Command("fields", "List the profile's fields: path, requirement (M, M-EU, O, S), label, rule and help.") { format, lang };
        command.SetAction(parse =>
        {
            var culture = CommonOptions.Culture(parse.GetValue(lang));
            var catalog = FieldCatalog.Version1;
            switch (parse.GetValue(format) ?? (console.OutputIsTerminal ? "table" : "json"))
            {
                case "json":
                    console.Output.Write(FieldCatalogExport.ToJson(catalog));
                    break;
                case "markdown":
                    console.Output.Write(FieldCatalogExport.ToMarkdown(catalog));
                    break;
                default:
                    var table = new Table().Border(TableBorder.Rounded);
                    table.AddColumn("path");
                    table.AddColumn(UiText.Requirement.Get(culture));
                    table.AddColumn(UiText.Label.Get(culture));
                    table.AddColumn(UiText.Rule.Get(culture));
                    foreach (var field in catalog.Fields)
                    {
                        table.AddRow(
                            new Text(field.Path),
                            new Text(FieldCatalogExport.Abbreviation(field.Requirement)),
                            new Text(field.Label.Get(culture)),
                            new Text(Shorten(field.RuleText(culture))));
                    }

                    console.People().Write(table);
                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    // Country and language lists are long; the table shows their start, the JSON holds them whole.
    private static string Shorten(string text) => text.Length <= 160 ? text : string.Concat(text.AsSpan(0, 157), "…");
}
