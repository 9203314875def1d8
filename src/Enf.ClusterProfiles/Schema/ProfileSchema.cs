using System.Diagnostics.CodeAnalysis;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Enf.ClusterProfiles.Schema;

/// <summary>
/// The published JSON Schema of the profile, loaded once from the file embedded in the library (never
/// regenerated at start-up), and a check of JSON text against it with NJsonSchema. The library's own raw
/// reader does not call this on every profile: it checks the same structure in one pass, and a corpus test
/// keeps the two in agreement (see docs/raw-input.md).
/// </summary>
public static class ProfileSchema
{
    private const string ResourceName = "Enf.ClusterProfiles.cluster-profile.v1.schema.json";

    internal const string NeedsReflection =
        "NJsonSchema reads and checks a schema with Newtonsoft.Json's reflection, which trimming and Native AOT do not keep; the schema's text (Json) needs none.";

    private static readonly Lazy<string> Text = new(ReadEmbedded);

    /// <summary>The schema text exactly as published in <c>schemas/cluster-profile.v1.schema.json</c>.</summary>
    public static string Json => Text.Value;

    /// <summary>The parsed schema (NJsonSchema's type stays inside the library).</summary>
    internal static JsonSchema Instance
    {
        [RequiresUnreferencedCode(NeedsReflection)]
        [RequiresDynamicCode(NeedsReflection)]
        get => Parsed.Schema;
    }

    /// <summary>Checks JSON text against the schema (with NJsonSchema: not for trimmed or natively compiled programs).</summary>
    /// <param name="json">The JSON text of one profile.</param>
    /// <returns>
    /// The schema's complaints, each with its path and, where known, line and column; empty when the text
    /// conforms. Text that is not JSON at all is one complaint at the root.
    /// </returns>
    [RequiresUnreferencedCode(NeedsReflection)]
    [RequiresDynamicCode(NeedsReflection)]
    public static IReadOnlyList<SchemaViolation> Validate(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return [.. Instance.Validate(json).Select(ToViolation)];
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            return [new SchemaViolation(string.Empty, "NotJson: " + e.Message, null, null)];
        }
    }

    private static SchemaViolation ToViolation(ValidationError error) =>
        new(error.Path?.TrimStart('#', '/').Replace('/', '.') ?? string.Empty, error.Kind.ToString(), error.HasLineInfo ? error.LineNumber : null, error.HasLineInfo ? error.LinePosition : null);

    // Parsed on first use, in a class of its own: a program that only prints the text (the console, compiled
    // natively) then never reaches NJsonSchema.
    [RequiresUnreferencedCode(NeedsReflection)]
    [RequiresDynamicCode(NeedsReflection)]
    private static class Parsed
    {
        public static readonly JsonSchema Schema = JsonSchema.FromJsonAsync(Json).GetAwaiter().GetResult();
    }

    private static string ReadEmbedded()
    {
        using var stream = typeof(ProfileSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded schema {ResourceName} is missing from the library.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
