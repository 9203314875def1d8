using System.Globalization;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Catalog;

/// <summary>
/// One field of the profile: where it is, whether it is required, what it is called in each language and
/// what rule it follows. Validators, scoring, the JSON Schema, the docs and the console all read fields
/// from here, so they cannot drift apart.
/// </summary>
public sealed class FieldDefinition
{
    internal FieldDefinition(
        string path,
        FieldRequirement requirement,
        int suggestionOrder,
        LocalizedText label,
        LocalizedText help,
        FieldKind kind,
        FieldConstraints constraints,
        FieldValue value,
        string? invalidCode)
    {
        Path = path;
        Requirement = requirement;
        SuggestionOrder = suggestionOrder;
        Label = label;
        Help = help;
        Kind = kind;
        Constraints = constraints;
        Value = value;
        InvalidCode = invalidCode;
    }

    /// <summary>JSON path of the field (<c>contact.email</c>).</summary>
    public string Path { get; }

    /// <summary>Whether the field is mandatory, mandatory in EU/COSME countries, optional, a system field or unused.</summary>
    public FieldRequirement Requirement { get; }

    /// <summary>Rank among missing optional fields suggested to a cluster manager (1 is suggested first).</summary>
    public int SuggestionOrder { get; }

    /// <summary>The field's name for people, in en/fi/sv.</summary>
    public LocalizedText Label { get; }

    /// <summary>One line of help, in en/fi/sv.</summary>
    public LocalizedText Help { get; }

    /// <summary>The shape of the value.</summary>
    public FieldKind Kind { get; }

    /// <summary>The field's limits as data: every length, range, pattern and list of values the rules enforce.</summary>
    public FieldConstraints Constraints { get; }

    /// <summary>The issue code of a value that breaks the field's own check (a pattern, a closed list), if it has one.</summary>
    public string? InvalidCode { get; }

    /// <summary>Where the value sits in the model, and when it counts as given.</summary>
    internal FieldValue Value { get; }

    /// <summary>Whether the field holds something in <paramref name="profile"/>: a non-blank text, a list with a non-blank item, a number, an object with a part.</summary>
    /// <param name="profile">The profile.</param>
    public bool HasContent(ClusterProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Value.HasContent(profile);
    }

    /// <summary>The rule in words, in the given language (English by default).</summary>
    /// <param name="culture">The culture; <see langword="null"/> means the current UI culture.</param>
    public string RuleText(CultureInfo? culture = null) => FieldRuleText.Describe(Kind, Constraints, culture);

    /// <summary>Whether the field must be filled for a profile whose country is (or is not) an EU/COSME country.</summary>
    /// <param name="euOrCosme">Whether the profile's country is an EU or COSME country.</param>
    public bool IsMandatoryFor(bool euOrCosme) =>
        Requirement == FieldRequirement.Mandatory || (Requirement == FieldRequirement.MandatoryInEu && euOrCosme);

    /// <summary>Whether the field counts as optional (towards PRO) for a profile of that kind of country.</summary>
    /// <param name="euOrCosme">Whether the profile's country is an EU or COSME country.</param>
    public bool IsOptionalFor(bool euOrCosme) =>
        Requirement == FieldRequirement.Optional || (Requirement == FieldRequirement.MandatoryInEu && !euOrCosme);

    /// <summary>A copy of this definition with another requirement.</summary>
    /// <param name="requirement">The new requirement.</param>
    public FieldDefinition WithRequirement(FieldRequirement requirement) =>
        new(Path, requirement, SuggestionOrder, Label, Help, Kind, Constraints, Value, InvalidCode);

    /// <inheritdoc />
    public override string ToString() => $"{Path} ({Requirement})";
}
