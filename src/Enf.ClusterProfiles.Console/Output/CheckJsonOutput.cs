using System.Text.Encodings.Web;
using System.Text.Json;
using Enf.ClusterProfiles.Assessment;

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

    public void Profile(ProfileAssessment a)
    {
        json.WriteStartObject();
        json.WriteString("source", a.Source);
        WriteNumberOrNull("line", a.Line);
        json.WriteString("id", a.Id);
        json.WriteString("name", a.Name);
        json.WriteBoolean("valid", a.Valid);

        json.WriteStartObject("pro");
        json.WriteBoolean("eligible", a.Pro.Eligible);
        json.WriteNumber("optionalFilled", a.Pro.OptionalFilled);
        json.WriteNumber("optionalTotal", a.Pro.OptionalTotal);
        json.WriteNumber("needed", a.Pro.Needed);
        WriteStrings("suggestions", a.Pro.Suggestions);
        json.WriteEndObject();

        WriteStrings("mandatoryMissing", a.MandatoryMissing);
        json.WriteNumber("completeness", Math.Round(a.Completeness, 2));

        json.WriteStartObject("publication");
        json.WriteBoolean("ready", a.Publication.Ready);
        json.WriteBoolean("waived", a.Publication.Waived);
        json.WriteEndObject();

        json.WriteStartArray("issues");
        foreach (var issue in a.Issues)
        {
            WriteIssue(json, issue.Code, issue.Severity.ToString().ToLowerInvariant(), issue.Path, issue.Message, issue.Line, issue.Column);
        }

        json.WriteEndArray();
        json.WriteEndObject();
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

    private void WriteNumberOrNull(string name, int? value)
    {
        if (value is int number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private void WriteStrings(string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
