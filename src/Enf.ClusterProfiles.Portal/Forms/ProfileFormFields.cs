using System.Globalization;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Reference;

namespace Enf.ClusterProfiles.Portal.Forms;

/// <summary>The profile form's fields, generated from the field catalogue: which input each field gets, and its element ids.</summary>
public static class ProfileFormFields
{
    public static string IdOf(string path) => "f-" + path.Replace('.', '-').Replace('[', '-').Replace("]", string.Empty, StringComparison.Ordinal);

    /// <summary>The fields a person fills in, in catalogue order (system and unused fields are the portal's business).</summary>
    public static IReadOnlyList<FormField> Of(FieldCatalog catalog) =>
        [.. catalog.Fields
            .Where(f => f.Requirement is not (FieldRequirement.System or FieldRequirement.Unused))
            .Select(f => Build(catalog, f))];

    /// <summary>
    /// The name of a part of a field (<c>members.smes</c>: "Pk-yritykset") from the catalogue, which names the
    /// parts for its messages ("Jäsenet › pk-yritykset"): one source, in every language.
    /// </summary>
    private static LocalizedText PartLabel(FieldCatalog catalog, string path)
    {
        string Part(CultureInfo culture)
        {
            var label = catalog.LabelOf(path, culture);
            var part = label[(label.LastIndexOf(" › ", StringComparison.Ordinal) is var at and >= 0 ? at + 3 : 0)..];
            return part.Length == 0 ? part : char.ToUpper(part[0], culture) + part[1..];
        }

        var cultures = LocalizedText.SupportedCultures; // en, fi, sv
        return new LocalizedText(Part(cultures[0]), Part(cultures[1]), Part(cultures[2]));
    }

    private static FormField Build(FieldCatalog catalog, FieldDefinition field)
    {
        var c = field.Constraints;
        FormInput Single(InputKind kind, string type = "text", string? mode = null, IReadOnlyList<string>? options = null, string? autocomplete = null) =>
            new(field.Path, kind, field.Label, type, mode, options, autocomplete);

        return field.Kind switch
        {
            FieldKind.Text when c.MaxLength > 300 => new(field, InputKind.TextArea, [Single(InputKind.TextArea)]),
            FieldKind.Choice => new(field, InputKind.Select, [Single(InputKind.Select, options: c.AllowedValues)]),
            FieldKind.ChoiceList => new(field, InputKind.Checkboxes, [Single(InputKind.Checkboxes, options: c.AllowedValues)]),
            FieldKind.CountryCode => new(field, InputKind.Select, [Single(InputKind.Select, options: Countries.All)]),
            FieldKind.CountryCodeList or FieldKind.LanguageCodeList or FieldKind.UrlList or FieldKind.TextList =>
                new(field, InputKind.Lines, [Single(InputKind.Lines)]),
            FieldKind.Url => new(field, InputKind.Text, [Single(InputKind.Text, "url", "url", autocomplete: "url")]),
            FieldKind.Email => new(field, InputKind.Text, [Single(InputKind.Text, "email", "email", autocomplete: "email")]),
            FieldKind.Phone => new(field, InputKind.Text, [Single(InputKind.Text, "tel", "tel", autocomplete: "tel")]),
            FieldKind.Number => new(field, InputKind.Number, [Single(InputKind.Number, mode: "decimal")]),
            FieldKind.Integer or FieldKind.Year => new(field, InputKind.Number, [Single(InputKind.Number, mode: "numeric")]),
            FieldKind.Date => new(field, InputKind.Date, [Single(InputKind.Date, "date")]),
            FieldKind.MemberCounts => new(field, InputKind.Group,
                [.. (c.Properties ?? []).Select(p => new FormInput($"{field.Path}.{p}", InputKind.Number, PartLabel(catalog, $"{field.Path}.{p}"), InputMode: "numeric"))]),
            FieldKind.ClusterLabel => new(field, InputKind.Group,
            [
                new FormInput($"{field.Path}.tier", InputKind.Select, PartLabel(catalog, $"{field.Path}.tier"), Options: c.AllowedValues),
                new FormInput($"{field.Path}.validUntil", InputKind.Date, PartLabel(catalog, $"{field.Path}.validUntil"), "date"),
            ]),
            _ => new(field, InputKind.Text, [Single(InputKind.Text)]),
        };
    }
}
