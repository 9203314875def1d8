using System.Globalization;
using Enf.ClusterProfiles.Validation;

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
        FieldRule rule)
    {
        Path = path;
        Requirement = requirement;
        SuggestionOrder = suggestionOrder;
        Label = label;
        Help = help;
        Rule = rule;
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
    public FieldKind Kind => Rule.Kind;

    /// <summary>The field's limits as data.</summary>
    public FieldConstraints Constraints => Rule.Constraints;

    internal FieldRule Rule { get; }

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
        new(Path, requirement, SuggestionOrder, Label, Help, Rule);

    /// <inheritdoc />
    public override string ToString() => $"{Path} ({Requirement})";
}
