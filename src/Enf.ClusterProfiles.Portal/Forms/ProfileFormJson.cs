using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Enf.ClusterProfiles.Catalog;
using Microsoft.AspNetCore.Http;

namespace Enf.ClusterProfiles.Portal.Forms;

/// <summary>
/// The two ways between the posted profile form and the profile's JSON. Values are carried as typed: a number field holding
/// "12 kpl" is sent as that text, so the assessment names the field instead of the value being lost.
/// </summary>
public static class ProfileFormJson
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // ä and ö as they are; the JSON is never put in HTML unencoded
    };

    /// <summary>
    /// The profile's JSON from a posted form: empty inputs are left out, list inputs split by line, numbers
    /// read with a comma or a point. <c>schemaVersion</c> and <c>lastUpdated</c> are set by the portal.
    /// Properties of the stored profile that the form does not show are kept as they were.
    /// </summary>
    public static JsonObject ToJson(IReadOnlyList<FormField> fields, IFormCollection form, DateOnly today, string? storedJson = null)
    {
        var root = Parse(storedJson) ?? new JsonObject();
        root["schemaVersion"] = "1.0";
        foreach (var input in fields.SelectMany(f => f.Inputs))
        {
            FieldPaths.RemoveValueAt(root, input.Name);
        }

        foreach (var input in fields.SelectMany(f => f.Inputs))
        {
            var values = form[input.Name];
            JsonNode? node = input.Kind switch
            {
                InputKind.Checkboxes => values.Count == 0 ? null : new JsonArray([.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => JsonValue.Create(v!.Trim()))]),
                InputKind.Lines => Lines(values.ToString()),
                InputKind.Number => Number(values.ToString()),
                _ => string.IsNullOrWhiteSpace(values.ToString()) ? null : JsonValue.Create(values.ToString().Trim()),
            };
            if (node is not null)
            {
                FieldPaths.SetValueAt(root, input.Name, node);
            }
        }

        root["lastUpdated"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return root;
    }

    /// <summary>The inputs' values from a stored profile's JSON (lists one per line), keyed by input name.</summary>
    public static Dictionary<string, IReadOnlyList<string>> Values(IReadOnlyList<FormField> fields, string json)
    {
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return values;
        }

        foreach (var input in fields.SelectMany(f => f.Inputs))
        {
            var node = FieldPaths.ValueAt(root, input.Name);
            if (node is null)
            {
                continue;
            }

            values[input.Name] = node is JsonArray array
                ? input.Kind == InputKind.Checkboxes
                    ? [.. array.Select(Scalar)]
                    : [string.Join('\n', array.Select(Scalar))]
                : [Scalar(node)];
        }

        return values;
    }

    /// <summary>The inputs' values as posted, keyed by input name, so that a refused or conflicting save shows exactly what was typed.</summary>
    public static Dictionary<string, IReadOnlyList<string>> Values(IReadOnlyList<FormField> fields, IFormCollection form) =>
        fields.SelectMany(f => f.Inputs).ToDictionary(i => i.Name, i => (IReadOnlyList<string>)[.. form[i.Name].Select(v => v ?? string.Empty)], StringComparer.Ordinal);

    /// <summary>Every field's value as one line of text, for showing two versions side by side.</summary>
    public static Dictionary<string, string> Flatten(IReadOnlyList<FormField> fields, string json)
    {
        var values = Values(fields, json);
        return fields.ToDictionary(
            f => f.Path,
            f => string.Join("; ", f.Inputs
                .Where(i => values.ContainsKey(i.Name))
                .Select(i => (f.Inputs.Count > 1 ? i.Label.Get() + ": " : string.Empty) + string.Join(", ", values[i.Name].SelectMany(v => v.Split('\n'))))),
            StringComparer.Ordinal);
    }

    public static string Pretty(JsonNode json) => json.ToJsonString(Indented);

    private static string Scalar(JsonNode? node) => node switch
    {
        null => string.Empty,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(),
    };

    private static JsonArray? Lines(string text)
    {
        var items = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return items.Count == 0 ? null : new JsonArray([.. items.Select(i => JsonValue.Create(i))]);
    }

    private static JsonNode? Number(string text)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        var normalised = text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace('\u00a0'.ToString(), string.Empty, StringComparison.Ordinal).Replace(',', '.');
        if (decimal.TryParse(normalised, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return number == decimal.Truncate(number) && Math.Abs(number) < long.MaxValue ? JsonValue.Create((long)number) : JsonValue.Create(number);
        }

        return JsonValue.Create(text); // kept as typed: the assessment reports the field, nothing is lost
    }

    private static JsonObject? Parse(string? json)
    {
        try
        {
            return json is null ? null : JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
