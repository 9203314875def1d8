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

    private static readonly Lazy<string> Text = new(ReadEmbedded);
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromJsonAsync(Text.Value).GetAwaiter().GetResult());

    /// <summary>The schema text exactly as published in <c>schemas/cluster-profile.v1.schema.json</c>.</summary>
    public static string Json => Text.Value;

    /// <summary>The parsed schema.</summary>
    public static JsonSchema Instance => Schema.Value;

    /// <summary>Checks JSON text against the schema.</summary>
    /// <param name="json">The JSON text of one profile.</param>
    /// <returns>The schema's complaints, each with its path and, where known, line and column; empty when the text conforms.</returns>
    /// <exception cref="Newtonsoft.Json.JsonReaderException">The text is not JSON at all.</exception>
    public static IReadOnlyList<ValidationError> Validate(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return [.. Instance.Validate(json)];
    }

    private static string ReadEmbedded()
    {
        using var stream = typeof(ProfileSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded schema {ResourceName} is missing from the library.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
