using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using CsvHelper;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Json;
using Enf.ClusterProfiles.Model;
using Enf.ClusterProfiles.Serialization;

namespace Enf.ClusterProfiles.Bulk;

/// <summary>
/// Reads profiles from CSV, one per row, for people who keep them in a spreadsheet. The first row names the
/// columns by field path (<c>id</c>, <c>contact.email</c>, <c>members.smes</c>, <c>clusterLabel.validUntil</c>);
/// lists are separated by <c>;</c> within a cell; numbers use a decimal point (a decimal comma is accepted).
/// Every finding points at the row's line and the cell's column.
/// </summary>
internal static class CsvProfileReader
{
    private static readonly JsonTypeInfo<ClusterProfile> ProfileType =
        (JsonTypeInfo<ClusterProfile>)ClusterProfileJson.Options.GetTypeInfo(typeof(ClusterProfile));

    public static async IAsyncEnumerable<ProfileDocument> ReadAsync(
        Stream stream,
        string source,
        int maxBytes,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var malformed = new Queue<CsvMalformedRecord>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            AllowLineBreaksInQuotes = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            TrimWhitespace = false,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            OnMalformedRecord = malformed.Enqueue,
            MaxRecordSize = maxBytes, // one row is one profile: the same size limit, and an unclosed quote cannot swallow the file
        };

        var csv = CsvReader.Create(stream, options, leaveOpen: true);
        await using (csv.ConfigureAwait(false))
        {
            var any = false;
            while (true)
            {
                bool more;
                string? failure = null;
                try
                {
                    more = await csv.ReadAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Bad input never escapes as an exception: the rest of the file is reported unreadable here.
                    more = false;
                    failure = e.Message.Split('\n')[0];
                }

                if (failure is not null)
                {
                    malformed.Clear();
                    yield return ProfileDocument.Failed(source, new TextPosition((int)csv.LineNumber, 1), IssueCodes.CsvSyntax, ("Detail", failure));
                }

                while (malformed.TryDequeue(out var bad))
                {
                    yield return ProfileDocument.Failed(source, new TextPosition((int)bad.LineNumber, 1), IssueCodes.CsvSyntax, ("Detail", Describe(bad.Reason)));
                }

                if (!more)
                {
                    break;
                }

                any = true;
                var cells = Enumerable.Range(0, csv.FieldCount).Select(csv.GetString).ToArray();
                if (cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                yield return Row(csv.Headers, cells, source, (int)csv.LineNumber);
            }

            if (!any && csv.Headers.Count == 0)
            {
                yield return ProfileDocument.Failed(source, new TextPosition(1, 1), IssueCodes.JsonEmpty);
            }
        }
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.UnterminatedQuote => "a quoted cell is not closed",
        CsvMalformedReason.TextAfterClosingQuote => "text follows the closing quote of a cell",
        CsvMalformedReason.StrayQuote => "a quote inside a cell that is not quoted",
        _ => reason.ToString(),
    };

    private static ProfileDocument Row(IReadOnlyList<string> header, string[] cells, string source, int line)
    {
        var root = new JsonObject();
        var findings = new List<Finding>();
        var positions = new Dictionary<string, TextPosition>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Min(header.Count, cells.Length); i++)
        {
            var path = header[i].Trim();
            var cell = cells[i];
            var position = new TextPosition(line, i + 1);
            if (path.Length == 0 || string.IsNullOrWhiteSpace(cell))
            {
                continue;
            }

            positions[path] = position;
            var shape = ShapeOf(path);
            var value = Convert(cell, shape, path, position, findings, positions);
            if (value is not null)
            {
                Place(root, path, value);
            }
        }

        try
        {
            var profile = System.Text.Json.JsonSerializer.Deserialize(root, ProfileType)!;
            return new ProfileDocument(source, new TextPosition(line, 1), profile, findings, positions);
        }
        catch (System.Text.Json.JsonException)
        {
            // Only a header that nests below a value (members.smes.x) gets here: name the row, not a stack trace.
            return ProfileDocument.Failed(source, new TextPosition(line, 1), IssueCodes.CsvSyntax, ("Detail", "a column name puts a field inside a value, such as members.smes.x"));
        }
    }

    private static ProfileShape? ShapeOf(string path)
    {
        var shape = ProfileShape.Version1;
        foreach (var segment in path.Split('.'))
        {
            shape = shape?.Properties?.GetValueOrDefault(segment);
        }

        return shape;
    }

    private static JsonNode? Convert(string cell, ProfileShape? shape, string path, TextPosition position, List<Finding> findings, Dictionary<string, TextPosition> positions)
    {
        var text = cell.Trim();
        switch (shape?.Kind)
        {
            case null:
            case ShapeKind.String:
                return JsonValue.Create(shape is null ? cell : text);
            case ShapeKind.Date when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _):
                return JsonValue.Create(text);
            case ShapeKind.Date:
                findings.Add(Finding.Error(IssueCodes.DateFormat, path, position, ("PropertyValue", TextShortening.Shorten(text, 40))));
                return null;
            case ShapeKind.Array:
                var items = new JsonArray();
                foreach (var item in text.Split(';').Select(s => s.Trim()).Where(s => s.Length > 0))
                {
                    positions[$"{path}[{items.Count}]"] = position;
                    items.Add(JsonValue.Create(item));
                }

                return items;
            case ShapeKind.Number when decimal.TryParse(Decimal(text), NumberStyles.Number, CultureInfo.InvariantCulture, out var number):
                return JsonValue.Create(number);
            case ShapeKind.Integer32 when int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var small):
                return JsonValue.Create(small);
            case ShapeKind.Integer64 when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var large):
                return JsonValue.Create(large);
            default:
                var expected = shape.Kind == ShapeKind.Object ? "columns such as " + path + ".…" : shape.JsonTypeName;
                findings.Add(Finding.Error(IssueCodes.ValueType, path, position, ("Expected", expected), ("Found", $"'{TextShortening.Shorten(text, 40)}'")));
                return null;
        }
    }

    // A decimal comma is what a Finnish spreadsheet writes: accept it when it is the only separator.
    private static string Decimal(string text) => text.Contains(',', StringComparison.Ordinal) && !text.Contains('.', StringComparison.Ordinal)
        ? text.Replace(',', '.')
        : text;

    private static void Place(JsonObject root, string path, JsonNode value)
    {
        var segments = path.Split('.');
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
