using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Json;

/// <summary>
/// The walk of a profile the strict binding refused: token by token against <see cref="ProfileShape"/>, noting where
/// every path stands, reporting wrong types, bad dates, unreadable numbers and duplicate properties as values
/// dropped, and keeping only values that bind, in a tree the profile is then bound from.
/// </summary>
internal sealed class DiagnosticWalk
{
    /// <summary>The reader's options: no comments, no trailing commas (the syntax diagnosis says which it found).</summary>
    public static readonly JsonReaderOptions StrictReader = new() { MaxDepth = ProfileJsonParser.MaxDepth + 16 };

    private readonly LineIndex lines;

    public DiagnosticWalk(LineIndex lines)
    {
        this.lines = lines;
    }

    /// <summary>What the walk found: wrong types, bad dates, unreadable numbers, duplicate properties.</summary>
    public List<Finding> Findings { get; } = [];

    /// <summary>Where every path stands.</summary>
    public Dictionary<string, TextPosition> Positions { get; } = new(StringComparer.Ordinal);

    /// <summary>The values that bind, as a tree to bind the profile from.</summary>
    public JsonObject? Root { get; private set; }

    // Reads the whole document; returns a finding when the top-level value is not an object.
    public Finding? Walk(ReadOnlySpan<byte> span, TextPosition profileStart)
    {
        var reader = new Utf8JsonReader(span, StrictReader);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            // Still read to the end, so that a syntax error is reported as such rather than as "not an object".
            var found = Describe(reader.TokenType);
            reader.Skip();
            while (reader.Read())
            {
            }

            return Finding.Input(IssueCodes.JsonNotObject, profileStart, ("Found", found));
        }

        Root = (JsonObject?)ReadValue(ref reader, ProfileShape.Version1, string.Empty, 0);
        while (reader.Read())
        {
            // Anything after the object is a syntax error, which the reader throws.
        }

        return null;
    }

    private JsonNode? ReadValue(ref Utf8JsonReader reader, ProfileShape? shape, string path, int depth)
    {
        var position = reader.TokenStartIndex; // turned into line and column only when needed
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null; // null means absent
            case JsonTokenType.StartObject:
                if (depth >= ProfileJsonParser.MaxDepth)
                {
                    throw new TooDeepException(lines.At(position));
                }

                var obj = ReadObject(ref reader, shape?.Kind == ShapeKind.Object ? shape : null, path, depth);
                return shape is null || shape.Kind == ShapeKind.Object ? obj : WrongType(shape, path, position, "object");
            case JsonTokenType.StartArray:
                if (depth >= ProfileJsonParser.MaxDepth)
                {
                    throw new TooDeepException(lines.At(position));
                }

                var array = ReadArray(ref reader, shape?.Kind == ShapeKind.Array ? shape.Items : null, path, depth);
                return shape is null || shape.Kind == ShapeKind.Array ? array : WrongType(shape, path, position, "array");
            case JsonTokenType.String:
                return ReadString(ref reader, shape, path, position);
            case JsonTokenType.Number:
                return ReadNumber(ref reader, shape, path, position);
            default: // true or false
                var flag = reader.TokenType == JsonTokenType.True;
                return shape is null ? JsonValue.Create(flag) : WrongType(shape, path, position, "boolean");
        }
    }

    private JsonObject ReadObject(ref Utf8JsonReader reader, ProfileShape? shape, string path, int depth)
    {
        var obj = new JsonObject();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var namePosition = reader.TokenStartIndex;
            var name = ReadText(ref reader, path, namePosition) ?? string.Empty;
            var childPath = FieldPaths.Child(path, name);
            reader.Read();
            if (!seen.Add(name))
            {
                Findings.Add(Finding.Dropped(IssueCodes.JsonDuplicateProperty, childPath, lines.At(namePosition)));
                ReadValue(ref reader, null, childPath, depth + 1);
                continue;
            }

            Positions[childPath] = lines.At(namePosition);

            var childShape = shape?.Properties?.GetValueOrDefault(name);
            var value = ReadValue(ref reader, childShape, childPath, depth + 1);
            if (value is not null)
            {
                obj[name] = value;
            }
        }

        return obj;
    }

    private JsonArray ReadArray(ref Utf8JsonReader reader, ProfileShape? itemShape, string path, int depth)
    {
        var array = new JsonArray();
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var itemPath = $"{path}[{index++}]";
            Positions[itemPath] = lines.At(reader.TokenStartIndex);

            var item = ReadValue(ref reader, itemShape, itemPath, depth + 1);

            // A null or dropped item stays as a blank one, so later items keep their index and the blank is reported.
            array.Add(item ?? (itemShape?.Kind == ShapeKind.String ? JsonValue.Create(string.Empty) : null));
        }

        return array;
    }

    private JsonNode? ReadString(ref Utf8JsonReader reader, ProfileShape? shape, string path, long position)
    {
        var text = ReadText(ref reader, path, position);
        if (text is null)
        {
            return null;
        }

        switch (shape?.Kind)
        {
            case null:
            case ShapeKind.String:
                return JsonValue.Create(text);
            case ShapeKind.Date:
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    return JsonValue.Create(text);
                }

                Findings.Add(Finding.Dropped(IssueCodes.DateFormat, path, lines.At(position), ("PropertyValue", TextShortening.Shorten(text, 60))));
                return null;
            default:
                return WrongType(shape, path, position, "string");
        }
    }

    private JsonNode? ReadNumber(ref Utf8JsonReader reader, ProfileShape? shape, string path, long position)
    {
        switch (shape?.Kind)
        {
            case null:
                return reader.TryGetDecimal(out var any) ? JsonValue.Create(any) : JsonValue.Create(Encoding.UTF8.GetString(reader.ValueSpan));
            case ShapeKind.Number:
                if (reader.TryGetDecimal(out var number))
                {
                    return JsonValue.Create(number);
                }

                break;
            case ShapeKind.Integer32:
                if (reader.TryGetInt32(out var small))
                {
                    return JsonValue.Create(small);
                }

                break;
            case ShapeKind.Integer64:
                if (reader.TryGetInt64(out var large))
                {
                    return JsonValue.Create(large);
                }

                break;
            default:
                return WrongType(shape, path, position, "number");
        }

        // A whole number written another way (2000.0, 2e3) is accepted where it fits.
        if (reader.TryGetDecimal(out var whole) && whole == decimal.Truncate(whole)
            && (shape.Kind == ShapeKind.Integer32 ? whole is >= int.MinValue and <= int.MaxValue : whole is >= long.MinValue and <= long.MaxValue))
        {
            return shape.Kind == ShapeKind.Integer32 ? JsonValue.Create((int)whole) : JsonValue.Create((long)whole);
        }

        // A number that did not fit: a fraction where a whole number belongs is a type error, the rest too large.
        var raw = Encoding.UTF8.GetString(reader.ValueSpan);
        var fraction = reader.TryGetDecimal(out var value) && value != decimal.Truncate(value);
        if (fraction)
        {
            return WrongType(shape, path, position, $"number:{TextShortening.Shorten(raw, 60)}");
        }

        Findings.Add(Finding.Dropped(IssueCodes.NumberRange, path, lines.At(position), ("PropertyValue", TextShortening.Shorten(raw, 60))));
        return null;
    }

    private string? ReadText(ref Utf8JsonReader reader, string path, long position)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate (\ud800) is valid JSON syntax but not text.
            Findings.Add(Finding.Dropped(IssueCodes.JsonEncoding, path, lines.At(position)));
            return null;
        }
    }

    private JsonNode? WrongType(ProfileShape shape, string path, long position, string found)
    {
        Findings.Add(Finding.Dropped(IssueCodes.ValueType, path, lines.At(position), ("Expected", shape.JsonTypeName), ("Found", found)));
        return null;
    }

    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    /// <summary>Nesting beyond <see cref="ProfileJsonParser.MaxDepth"/>, at the position where it went too deep.</summary>
    public sealed class TooDeepException(TextPosition position) : Exception
    {
        public TextPosition Position { get; } = position;
    }
}
