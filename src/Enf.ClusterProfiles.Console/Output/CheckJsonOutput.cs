using System.Text.Encodings.Web;
using System.Text.Json;
using Enf.ClusterProfiles.Assessment;
using Enf.ClusterProfiles.Serialization;

namespace Enf.ClusterProfiles.Console.Output;

/// <summary>
/// The JSON document of console-v1 (<c>check --format json</c>): one document on standard output, nothing
/// else, written profile by profile.
/// </summary>
internal sealed class CheckJsonOutput : ICheckOutput
{
    private readonly Stream stream;
    private readonly Utf8JsonWriter json;

    public CheckJsonOutput(TextWriter output)
    {
        stream = new TextWriterStream(output);
        json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("schemaVersion", Model.SchemaVersions.V1);
        json.WriteStartArray("profiles");
    }

    // The profile object is the library's one assessment shape, the same the registry and the web package serve.
    public void Profile(ProfileAssessment a)
    {
        JsonSerializer.Serialize(json, ProfileAssessmentDto.From(a), ClusterProfileJson.AssessmentTypeInfo);
        json.Flush();
    }

    /// <summary>One finding as console-v1 writes it; line and column only when known.</summary>
    public static void WriteIssue(Utf8JsonWriter json, string code, string severity, string path, string message, int? line = null, int? column = null)
    {
        json.WriteStartObject();
        json.WriteString("code", code);
        json.WriteString("severity", severity);
        json.WriteString("path", path);
        json.WriteString("message", message);
        if (line is int l)
        {
            json.WriteNumber("line", l);
        }

        if (column is int c)
        {
            json.WriteNumber("column", c);
        }

        json.WriteEndObject();
    }

    public void End(CheckSummary summary)
    {
        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("profiles", summary.Profiles);
        json.WriteNumber("valid", summary.Valid);
        json.WriteNumber("pro", summary.Pro);
        json.WriteBoolean("partial", summary.Partial);
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        stream.Write("\n"u8);
        stream.Flush();
    }

    public void Dispose()
    {
        json.Dispose();
        stream.Dispose();
    }
}
