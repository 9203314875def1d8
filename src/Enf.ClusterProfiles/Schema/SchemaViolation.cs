namespace Enf.ClusterProfiles.Schema;

/// <summary>One complaint of the JSON Schema about a profile's text.</summary>
/// <param name="Path">Where: a dotted path such as <c>contact.email</c>, empty for the whole profile.</param>
/// <param name="Problem">What the schema found, such as <c>PatternMismatch</c> or <c>PropertyRequired</c>.</param>
/// <param name="Line">1-based line in the text, when known.</param>
/// <param name="Column">1-based column in the text, when known.</param>
public sealed record SchemaViolation(string Path, string Problem, int? Line, int? Column);
