using Enf.ClusterProfiles.Issues;

namespace Enf.ClusterProfiles.Json;

/// <summary>
/// A finding made while reading raw input, typed (its kind says what it means for the verdicts), before the
/// language of its message is known. The arguments are invariant text.
/// </summary>
internal sealed record Finding(string Code, IssueSeverity Severity, FindingKind Kind, string Path, IReadOnlyDictionary<string, string> Arguments, TextPosition? Position)
{
    /// <summary>The input as a whole could not be read as a profile: an error about the document, at <paramref name="position"/>.</summary>
    public static Finding Input(string code, TextPosition? position, params (string Name, string Value)[] arguments) =>
        new(code, IssueSeverity.Error, FindingKind.Input, string.Empty, ArgumentsOf(arguments), position);

    /// <summary>The file or stream could not be read at all.</summary>
    public static Finding SourceUnreadable(string code, params (string Name, string Value)[] arguments) =>
        new(code, IssueSeverity.Error, FindingKind.SourceUnreadable, string.Empty, ArgumentsOf(arguments), null);

    /// <summary>A note about a file as a whole, carried onto each of its profiles.</summary>
    public static Finding FileNote(string code, params (string Name, string Value)[] arguments) =>
        new(code, IssueSeverity.Info, FindingKind.FileNote, string.Empty, ArgumentsOf(arguments), null);

    /// <summary>The value at <paramref name="path"/> could not be taken and was dropped: an error the rules will not repeat.</summary>
    public static Finding Dropped(string code, string path, TextPosition? position, params (string Name, string Value)[] arguments) =>
        new(code, IssueSeverity.Error, FindingKind.Dropped, path, ArgumentsOf(arguments), position);

    private static Dictionary<string, string> ArgumentsOf((string Name, string Value)[] arguments) =>
        arguments.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal);
}
