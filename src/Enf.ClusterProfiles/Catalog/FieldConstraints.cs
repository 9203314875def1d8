namespace Enf.ClusterProfiles.Catalog;

/// <summary>
/// The limits of a field as data, for the JSON Schema, the docs and the rule text; the validators enforce
/// the same numbers because they are built from the same definition.
/// </summary>
public sealed record FieldConstraints
{
    /// <summary>Minimum length of a text (after trimming), or of each item of a text list.</summary>
    public int? MinLength { get; init; }

    /// <summary>Maximum length of a text (after trimming), or of each item of a text list.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Smallest allowed number.</summary>
    public decimal? Minimum { get; init; }

    /// <summary>Largest allowed number; for a year, absent because the limit is the current year.</summary>
    public decimal? Maximum { get; init; }

    /// <summary>Fewest digits in the value (a telephone number).</summary>
    public int? MinDigits { get; init; }

    /// <summary>Most digits in the value (a telephone number).</summary>
    public int? MaxDigits { get; init; }

    /// <summary>Regular expression the value (or each item) must match as a whole.</summary>
    public string? Pattern { get; init; }

    /// <summary>The closed list of allowed values (or item values).</summary>
    public IReadOnlyList<string>? AllowedValues { get; init; }

    /// <summary>Minimum number of items of a list.</summary>
    public int? MinItems { get; init; }

    /// <summary>Maximum number of items of a list.</summary>
    public int? MaxItems { get; init; }

    /// <summary>Whether list items must be distinct.</summary>
    public bool UniqueItems { get; init; }

    /// <summary>Names of the properties of an object field.</summary>
    public IReadOnlyList<string>? Properties { get; init; }
}
