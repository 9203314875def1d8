using Enf.ClusterProfiles.Catalog;

namespace Enf.ClusterProfiles.AspNetCore;

/// <summary>One field of the catalogue in one language: what a portal's form needs to draw and explain an input.</summary>
/// <param name="Path">JSON path of the field (<c>contact.email</c>): the key of <c>errors</c> in a validation problem.</param>
/// <param name="Requirement">Whether the field is mandatory, mandatory in EU/COSME countries, optional or a system field.</param>
/// <param name="Req">The spec's short requirement code: M, M-EU, O, S.</param>
/// <param name="Kind">Shape of the value, which decides the input to draw.</param>
/// <param name="Label">The field's name in the request's language.</param>
/// <param name="Help">One line of help in the request's language.</param>
/// <param name="Rule">The rule in words in the request's language.</param>
/// <param name="Constraints">The limits as data (lengths, ranges, allowed values), the same the validators enforce.</param>
public sealed record FieldDescription(
    string Path,
    FieldRequirement Requirement,
    string Req,
    FieldKind Kind,
    string Label,
    string Help,
    string Rule,
    FieldConstraints Constraints);
