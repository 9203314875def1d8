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
            json.WriteStartObject();
            json.WriteString("code", issue.Code);
            json.WriteString("severity", issue.Severity.ToString().ToLowerInvariant());
            json.WriteString("path", issue.Path);
            json.WriteString("message", issue.Message);
            if (issue.Line is int line)
            {
                json.WriteNumber("line", line);
            }

            if (issue.Column is int column)
            {
                json.WriteNumber("column", column);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
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
