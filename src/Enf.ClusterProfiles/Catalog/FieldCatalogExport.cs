using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Catalog;

/// <summary>
/// Publishes a catalogue as data (<c>schemas/field-catalog.v1.json</c>) and as a page per language
/// (<c>docs/fields.md</c>); tests compare the committed files with this output, so they never drift.
/// </summary>
public static class FieldCatalogExport
{
    private static readonly JsonSerializerOptions JsonOptions = new(FieldCatalogJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep ä and ö readable in a file for people
    };

    // The generated metadata, asked for by type, so that nothing is left to reflection (the console is compiled natively).
    private static readonly JsonTypeInfo<FieldCatalogDocument> DocumentInfo = (JsonTypeInfo<FieldCatalogDocument>)JsonOptions.GetTypeInfo(typeof(FieldCatalogDocument));

    /// <summary>The short requirement code of the spec: M, M-EU, O, S (and "unused").</summary>
    /// <param name="requirement">The requirement.</param>
    public static string Abbreviation(FieldRequirement requirement) => requirement switch
    {
        FieldRequirement.Mandatory => "M",
        FieldRequirement.MandatoryInEu => "M-EU",
        FieldRequirement.Optional => "O",
        FieldRequirement.System => "S",
        _ => "unused",
    };

    /// <summary>The catalogue as a JSON document: version and, per field, path, requirement, kind, labels, help, rule and constraints.</summary>
    /// <param name="catalog">The catalogue.</param>
    public static string ToJson(FieldCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var document = new FieldCatalogDocument(
            catalog.Version,
            [.. catalog.Fields.Select(f => new FieldCatalogEntry(
                f.Path,
                f.Requirement,
                Abbreviation(f.Requirement),
                f.Kind,
                f.SuggestionOrder == 0 ? null : f.SuggestionOrder,
                f.Label,
                f.Help,
                new LocalizedText(f.RuleText(En), f.RuleText(Fi), f.RuleText(Sv)),
                f.Constraints))]);
        return JsonSerializer.Serialize(document, DocumentInfo).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>The catalogue as Markdown: one table per language (English, Finnish, Swedish).</summary>
    /// <param name="catalog">The catalogue.</param>
    public static string ToMarkdown(FieldCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Profile fields, version {catalog.Version}\n\n")
            .Append("Generated from the field catalogue (`FieldCatalog.Version1`); a test fails when this page drifts from the code.\n")
            .Append("Requirement: **M** mandatory, **M-EU** mandatory in EU/COSME countries (optional elsewhere), **O** optional (counted for PRO), **S** system (never counted).\n");

        foreach (var (heading, culture) in new[] { ("English", En), ("Suomi", Fi), ("Svenska", Sv) })
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## {heading}\n\n")
                .Append("| path | req | label | rule | help |\n|---|---|---|---|---|\n");
            foreach (var field in catalog.Fields)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"| `{field.Path}` | {Abbreviation(field.Requirement)} | {Cell(field.Label.Get(culture))} | {Cell(field.RuleText(culture))} | {Cell(field.Help.Get(culture))} |\n");
            }
        }

        return text.ToString();
    }

    private static CultureInfo En => LocalizedText.SupportedCultures[0];

    private static CultureInfo Fi => LocalizedText.SupportedCultures[1];

    private static CultureInfo Sv => LocalizedText.SupportedCultures[2];

    // Long value lists (countries, languages) are shortened in a table cell; the JSON holds them whole.
    private static string Cell(string text)
    {
        var cell = text.Replace("|", "\\|", StringComparison.Ordinal);
        return Issues.TextShortening.Shorten(cell, 300);
    }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(FieldCatalogDocument))]
internal sealed partial class FieldCatalogJsonContext : JsonSerializerContext;
