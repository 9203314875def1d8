using Enf.ClusterProfiles.Issues;

namespace Enf.ClusterProfiles.Json;

/// <summary>A finding made while reading raw input, before the language of its message is known.</summary>
internal sealed record Finding(string Code, IssueSeverity Severity, string Path, IReadOnlyDictionary<string, string> Arguments, TextPosition? Position)
{
    public static Finding Error(string code, string path, TextPosition? position, params (string Name, string Value)[] arguments) =>
        new(code, IssueSeverity.Error, path, arguments.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal), position);
}
