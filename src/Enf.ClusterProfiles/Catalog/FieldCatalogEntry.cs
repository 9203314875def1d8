using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Catalog;

/// <summary>One field of a published catalogue.</summary>
/// <param name="Path">JSON path.</param>
/// <param name="Requirement">Requirement.</param>
/// <param name="Req">The spec's short requirement code: M, M-EU, O, S.</param>
/// <param name="Kind">Shape of the value.</param>
/// <param name="SuggestionOrder">Rank among suggestions; absent for fields never suggested.</param>
/// <param name="Label">Label in en/fi/sv.</param>
/// <param name="Help">Help in en/fi/sv.</param>
/// <param name="Rule">Rule in words in en/fi/sv.</param>
/// <param name="Constraints">Limits as data.</param>
public sealed record FieldCatalogEntry(
    string Path,
    FieldRequirement Requirement,
    string Req,
    FieldKind Kind,
    int? SuggestionOrder,
    LocalizedText Label,
    LocalizedText Help,
    LocalizedText Rule,
    FieldConstraints Constraints);
