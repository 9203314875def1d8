using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Json;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Bulk;

/// <summary>
/// One spreadsheet row (a CSV record or a worksheet row) made into a profile document. Cells are read as people
/// type them in a Finnish or Swedish spreadsheet as well as in plain CSV: <c>0,5</c> and <c>0.5</c>,
/// <c>1 000</c>, <c>31.12.2028</c> and <c>2028-12-31</c>, lists separated by <c>;</c> or line breaks. A workbook's
/// typed cells (numbers, dates) are taken as they are. Every finding names the cell's column; the document
/// knows its row, so messages can name the cell (<c>I3</c>).
/// </summary>
internal static class SpreadsheetRow
{
    private static readonly JsonTypeInfo<ClusterProfile> ProfileType = ProfileJsonFormat.Profile;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d.M.yyyy"];

    /// <summary>Makes a document of one row.</summary>
    /// <param name="paths">The field path of each column (from the header), <see langword="null"/> for a column without a header.</param>
    /// <param name="cells">The cells: text from CSV; text, numbers, dates or booleans from a workbook.</param>
    /// <param name="source">The file.</param>
    /// <param name="line">The line (CSV) or row (workbook) the row starts on.</param>
    /// <param name="row">The row's number as a spreadsheet counts rows (the header is row 1 in a file that starts with it).</param>
    /// <param name="notes">Findings about the file to carry on this row (such as the encoding note), or none.</param>
    public static ProfileDocument ToDocument(IReadOnlyList<string?> paths, IReadOnlyList<object?> cells, string source, int line, int row, IReadOnlyList<Finding> notes)
    {
        var root = new JsonObject();
        var findings = new List<Finding>(notes.Count + 2);
        var positions = new Dictionary<string, TextPosition>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Min(paths.Count, cells.Count); i++)
        {
            var path = paths[i];
            var cell = cells[i];
            if (string.IsNullOrEmpty(path) || cell is null || (cell is string text && string.IsNullOrWhiteSpace(text)))
            {
                continue;
            }

            var position = new TextPosition(line, i + 1);
            positions[path] = position;
            var value = Convert(cell, ShapeOf(path), path, position, findings, positions);
            if (value is not null)
            {
                Place(root, path, value);
            }
        }

        try
        {
            findings.InsertRange(0, notes); // notes about the file (its encoding) come first
            var profile = System.Text.Json.JsonSerializer.Deserialize(root, ProfileType)!;
            return new ProfileDocument(source, new TextPosition(line, 1), profile, findings, positions) { SpreadsheetRow = row };
        }
        catch (System.Text.Json.JsonException)
        {
            // Only a header that nests below a value (members.smes.x) gets here: name the row, not a stack trace.
            return ProfileDocument.Failed(source, new TextPosition(line, 1), IssueCodes.CsvSyntax, ("Detail", "csv.nestedHeader")).WithFindingsBefore(notes).InRow(row);
        }
    }

    /// <summary>Whether a row holds nothing but blanks.</summary>
    public static bool IsBlank(IReadOnlyList<object?> cells) => cells.All(c => c is null || (c is string s && string.IsNullOrWhiteSpace(s)));

    private static ProfileShape? ShapeOf(string path)
    {
        var shape = ProfileShape.Version1;
        foreach (var segment in FieldPaths.Segments(path))
        {
            shape = shape?.Properties?.GetValueOrDefault(segment);
        }

        return shape;
    }

    private static JsonNode? Convert(object cell, ProfileShape? shape, string path, TextPosition position, List<Finding> findings, Dictionary<string, TextPosition> positions)
    {
        var text = TextOf(cell).Trim();
        switch (shape?.Kind)
        {
            case null:
            case ShapeKind.String:
                return JsonValue.Create(text);
            case ShapeKind.Date when DateOf(cell, text) is DateOnly date:
                return JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            case ShapeKind.Date:
                findings.Add(Finding.Dropped(IssueCodes.DateFormat, path, position, ("PropertyValue", TextShortening.Shorten(text, 40))));
                return null;
            case ShapeKind.Array:
                var items = new JsonArray();
                foreach (var item in text.Split([';', '\n', '\r'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    positions[$"{path}[{items.Count}]"] = position;
                    items.Add((JsonNode?)JsonValue.Create(item)); // the untyped Add: the generic one needs reflection
                }

                return items;
            case ShapeKind.Number when NumberOf(cell, text) is decimal number:
                return JsonValue.Create(number);
            case ShapeKind.Integer32 when NumberOf(cell, text) is decimal whole && decimal.IsInteger(whole) && whole is >= int.MinValue and <= int.MaxValue:
                return JsonValue.Create((int)whole);
            case ShapeKind.Integer64 when NumberOf(cell, text) is decimal whole && decimal.IsInteger(whole) && whole is >= long.MinValue and <= long.MaxValue:
                return JsonValue.Create((long)whole);
            default:
                var expected = shape.Kind == ShapeKind.Object ? "parts" : shape.JsonTypeName;
                findings.Add(Finding.Dropped(IssueCodes.ValueType, path, position, ("Expected", expected), ("Found", $"'{TextShortening.Shorten(text, 40)}'")));
                return null;
        }
    }

    private static string TextOf(object cell) => cell switch
    {
        string s => s,
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };

    private static DateOnly? DateOf(object cell, string text) => cell switch
    {
        DateTime d => DateOnly.FromDateTime(d),
        // A date cell that lost its date format is Excel's day number (45000 is 2023-03-15).
        double serial when serial is >= 1 and < 2958466 && Math.Floor(serial) == serial => DateOnly.FromDateTime(DateTime.FromOADate(serial)),
        _ => DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
    };

    private static decimal? NumberOf(object cell, string text)
    {
        switch (cell)
        {
            case double d when double.IsFinite(d) && Math.Abs(d) < 7.9e27:
                return (decimal)d;
            case int or long or decimal:
                return System.Convert.ToDecimal(cell, CultureInfo.InvariantCulture);
        }

        // As people type numbers in a Finnish or Swedish spreadsheet: "0,5", "1 000" (a space, no-break
        // space or narrow no-break space between thousands), as well as "0.5".
        var plain = text.Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace("\u00A0", string.Empty, StringComparison.Ordinal)
            .Replace("\u202F", string.Empty, StringComparison.Ordinal);
        if (plain.Contains(',', StringComparison.Ordinal) && !plain.Contains('.', StringComparison.Ordinal) && plain.Count(c => c == ',') == 1)
        {
            plain = plain.Replace(',', '.');
        }

        return decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    private static void Place(JsonObject root, string path, JsonNode value)
    {
        var segments = FieldPaths.Segments(path);
        var parent = root;
        foreach (var segment in segments[..^1])
        {
            if (parent[segment] is not JsonObject child)
            {
                child = new JsonObject();
                parent[segment] = child;
            }

            parent = child;
        }

        parent[segments[^1]] = value;
    }
}
