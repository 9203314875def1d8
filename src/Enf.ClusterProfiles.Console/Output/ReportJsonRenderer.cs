using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Reporting;

namespace Enf.ClusterProfiles.Console.Output;

/// <summary>The regional report as JSON, in the shape of <c>schemas/report-output.v1.schema.json</c>.</summary>
internal sealed class ReportJsonRenderer : IReportRenderer
{
    public void Render(ReportContent report, Stream output)
    {
        var culture = report.Culture;
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("schemaVersion", "1.0");
        json.WriteString("assessedOn", report.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("language", LocalizedText.LanguageOf(culture));
        json.WritePropertyName("overall");
        WriteTotals(json, report.Summary.Overall);
        json.WriteStartArray("regions");
        foreach (var region in report.Summary.Regions)
        {
            WriteTotals(json, region);
        }

        json.WriteEndArray();
        json.WriteStartArray("profiles");
        foreach (var row in report.Profiles)
        {
            json.WriteStartObject();
            json.WriteString("source", row.Source);
            WriteNumberOrNull(json, "line", row.Line);
            json.WriteString("id", row.Id);
            json.WriteString("name", row.Name);
            json.WriteString("region", row.Region);
            json.WriteBoolean("readable", row.Readable);
            json.WriteBoolean("valid", row.Valid);
            json.WriteNumber("errors", row.Errors);
            json.WriteNumber("warnings", row.Warnings);
            json.WriteStartObject("pro");
            json.WriteBoolean("eligible", row.Pro);
            json.WriteNumber("needed", row.ProNeeded);
            json.WriteEndObject();
            json.WriteStartObject("publication");
            json.WriteBoolean("applies", row.PublicationApplies);
            json.WriteBoolean("ready", row.PublicationReady);
            json.WriteBoolean("waived", row.PublicationWaived);
            json.WriteEndObject();
            json.WriteNumber("completeness", Math.Round(row.Completeness, 4));
            WriteDateOrNull(json, "lastUpdated", row.LastUpdated);
            json.WriteBoolean("stale", row.Stale);
            json.WriteStartObject("label");
            WriteDateOrNull(json, "validUntil", row.LabelValidUntil);
            json.WriteBoolean("expired", row.LabelExpired);
            json.WriteBoolean("expiresSoon", row.LabelExpiresSoon);
            json.WriteEndObject();
            json.WriteStartArray("attention");
            foreach (var reason in row.Attention)
            {
                json.WriteStringValue(reason);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');

        static void WriteNumberOrNull(Utf8JsonWriter json, string name, int? value)
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

        static void WriteDateOrNull(Utf8JsonWriter json, string name, DateOnly? value)
        {
            if (value is DateOnly date)
            {
                json.WriteString(name, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else
            {
                json.WriteNull(name);
            }
        }

        void WriteTotals(Utf8JsonWriter json, RegionTotals totals)
        {
            json.WriteStartObject();
            json.WriteString("key", totals.Key);
            json.WriteString("name", report.RegionName(totals.Key));
            json.WriteNumber("profiles", totals.Profiles);
            json.WriteNumber("valid", totals.Valid);
            json.WriteNumber("pro", totals.Pro);
            json.WriteNumber("publicationReady", totals.PublicationReady);
            json.WriteNumber("stale", totals.Stale);
            json.WriteNumber("expiredLabels", totals.ExpiredLabels);
            json.WriteNumber("unreadable", totals.Unreadable);
            json.WriteNumber("averageCompleteness", Math.Round(totals.AverageCompleteness, 4));
            json.WriteStartArray("fillRates");
            foreach (var rate in totals.FillRates)
            {
                json.WriteStartObject();
                json.WriteString("path", rate.Path);
                json.WriteNumber("filled", rate.Filled);
                json.WriteNumber("applicable", rate.Applicable);
                json.WriteNumber("rate", Math.Round(rate.Rate, 4));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
    }
}
