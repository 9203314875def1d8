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
/// Reads one profile from UTF-8 JSON without ever throwing for bad input: checks size and encoding, then
/// binds the bytes with a strict deserialiser (the common case: a clean profile, whose positions are looked up
/// one path at a time when a finding needs them). Only a profile it refuses is walked token by token against
/// <see cref="ProfileShape"/>, recording where every path stands, reporting syntax errors, wrong types, bad
/// dates, unreadable numbers and duplicate properties, and keeping only values that bind; the cleaned tree is
/// then bound to <see cref="ClusterProfile"/>.
/// </summary>
internal sealed class ProfileJsonParser
{
    /// <summary>Nesting limit for objects and arrays; a profile needs 3 levels.</summary>
    public const int MaxDepth = 64;

    private static readonly JsonReaderOptions StrictReader = new() { MaxDepth = MaxDepth + 16 };
    private static readonly JsonReaderOptions LenientReader = new() { MaxDepth = MaxDepth + 16, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private readonly LineIndex lines;
    private readonly List<Finding> findings = [];
    private readonly Dictionary<string, TextPosition> positions = new(StringComparer.Ordinal);

    // The diagnostic walk, for a profile the strict deserialiser refused: keeps the values that bind in a tree
    // and notes where every path stands.
    private ProfileJsonParser(LineIndex lines)
    {
        this.lines = lines;
    }

    public static ProfileDocument Parse(ReadOnlyMemory<byte> utf8, string? source, TextPosition start, int maxBytes)
    {
        var span = utf8.Span;
        if (span.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8 = utf8[3..];
            span = utf8.Span;
        }

        if (utf8.Length > maxBytes)
        {
            return TooLarge(source, start, utf8.Length, maxBytes);
        }

        var lines = new LineIndex(utf8, start.Line, start.Column);
        if (span.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            return ProfileDocument.Failed(source, start, Finding.Input(IssueCodes.JsonEmpty, start));
        }

        if (!Utf8.IsValid(span))
        {
            return ProfileDocument.Failed(source, start, Finding.Input(IssueCodes.JsonEncoding, lines.At(FirstInvalidUtf8(span))));
        }

        var profileStart = lines.At(span.IndexOfAnyExcept(" \t\r\n"u8));
        try
        {
            // The common case, a clean profile, is bound straight from its bytes by a strict deserialiser that
            // refuses whatever the walk below would report; only a profile it refuses pays for the walk.
            if (StrictBindRefusesDuplicates && TryBind(span) is { } clean)
            {
                return new ProfileDocument(source, profileStart, clean, [], paths => Locate(utf8, lines, paths));
            }

            var full = new ProfileJsonParser(lines);
            if (full.Walk(span, profileStart) is { } notObject)
            {
                return ProfileDocument.Failed(source, profileStart, notObject);
            }

            var profile = JsonSerializer.Deserialize(full.root!, ProfileJsonFormat.Profile)!;
            return new ProfileDocument(source, profileStart, profile, full.findings, full.positions);
        }
        catch (TooDeepException deep)
        {
            return ProfileDocument.Failed(source, profileStart, Finding.Input(IssueCodes.JsonTooDeep, deep.Position, ("Limit", MaxDepth.ToString(CultureInfo.InvariantCulture))));
        }
        catch (JsonException e)
        {
            return ProfileDocument.Failed(source, profileStart, SyntaxFinding(e, utf8, lines));
        }
    }

    private JsonObject? root;

    // Reads the whole document; returns a finding when the top-level value is not an object.
    private Finding? Walk(ReadOnlySpan<byte> span, TextPosition profileStart)
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

        root = (JsonObject?)ReadValue(ref reader, ProfileShape.Version1, string.Empty, 0);
        while (reader.Read())
        {
            // Anything after the object is a syntax error, which the reader throws.
        }

        return null;
    }

    private static ClusterProfile? TryBind(ReadOnlySpan<byte> span)
    {
        try
        {
            return JsonSerializer.Deserialize(span, StrictProfileType);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return null; // the walk says what is wrong
        }
    }

    // Refuses a duplicate property and any depth beyond what a profile can have, as the walk would.
    private static System.Text.Json.Serialization.Metadata.JsonTypeInfo<ClusterProfile> StrictProfileType => field ??=
        (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ClusterProfile>)new JsonSerializerOptions(ProfileJsonFormat.Options)
        {
#if NET10_0_OR_GREATER
            AllowDuplicateProperties = false,
#endif
            MaxDepth = MaxDepth,
        }.GetTypeInfo(typeof(ClusterProfile));

    // Before .NET 10 the deserialiser takes the last of two equal properties silently: there, every profile is walked.
#if NET10_0_OR_GREATER
    private const bool StrictBindRefusesDuplicates = true;
#else
    private const bool StrictBindRefusesDuplicates = false;
#endif

    /// <summary>
    /// Where paths stand in a document the strict deserialiser accepted, or their nearest enclosing property or
    /// item: one pass over the top level for all the paths the findings name, descending only into the
    /// properties they lead into, without a string per property.
    /// </summary>
    private static TextPosition?[] Locate(ReadOnlyMemory<byte> utf8, LineIndex lines, IReadOnlyList<string> paths)
    {
        var targets = new List<(byte[]? Name, int Index)>[paths.Count];
        for (var t = 0; t < paths.Count; t++)
        {
            targets[t] = PathSegments(paths[t]);
        }

        var offsets = new long?[paths.Count];
        var left = 0; // targets whose top-level property is still to be met: the pass ends when none is
        for (var t = 0; t < targets.Length && t < 64; t++)
        {
            left += targets[t].Count > 0 && targets[t][0].Name is not null ? 1 : 0;
        }

        var reader = new Utf8JsonReader(utf8.Span, StrictReader);
        reader.Read();
        while (left > 0 && reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var at = reader.TokenStartIndex;
            var hits = 0UL; // the targets (up to 64 per pass) this property leads into
            for (var t = 0; t < targets.Length && t < 64; t++)
            {
                if (targets[t].Count > 0 && targets[t][0].Name is { } name && offsets[t] is null && reader.ValueTextEquals(name.AsSpan()))
                {
                    offsets[t] = at;
                    hits |= 1UL << t;
                    left--;
                }
            }

            reader.Read();
            for (var t = 0; hits != 0 && t < targets.Length && t < 64; t++)
            {
                if ((hits & (1UL << t)) != 0 && targets[t].Count > 1)
                {
                    var inner = reader; // a copy: each target reads the subtree from its start
                    for (var matched = 1; matched < targets[t].Count && FindChild(ref inner, targets[t][matched]) is long found; matched++)
                    {
                        offsets[t] = found;
                    }
                }
            }

            reader.Skip();
        }

        return PositionsAt(offsets, lines);
    }

    private static TextPosition?[] PositionsAt(long?[] offsets, LineIndex lines)
    {
        var positions = new TextPosition?[offsets.Length];
        for (var t = 0; t < offsets.Length; t++)
        {
            positions[t] = offsets[t] is long offset ? lines.At(offset) : null;
        }

        return positions;
    }

    // Moves the reader from a container's start onto the value of one of its children; the child's position is
    // that of its property name, or of the item itself in a list. Null when the container does not hold it.
    private static long? FindChild(ref Utf8JsonReader reader, (byte[]? Name, int Index) segment)
    {
        if (segment.Name is { } name && reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var at = reader.TokenStartIndex;
                var hit = reader.ValueTextEquals(name.AsSpan());
                reader.Read();
                if (hit)
                {
                    return at;
                }

                reader.Skip();
            }
        }
        else if (segment.Name is null && reader.TokenType == JsonTokenType.StartArray)
        {
            var index = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (index++ == segment.Index)
                {
                    return reader.TokenStartIndex;
                }

                reader.Skip();
            }
        }

        return null;
    }

    // "languages[1]" is the property languages, then item 1; "members.smes" two properties. Names as UTF-8, as
    // the reader compares them without converting each property's name.
    private static List<(byte[]? Name, int Index)> PathSegments(string path)
    {
        var segments = new List<(byte[]?, int)>(2);
        if (path.Length == 0)
        {
            return segments; // the document itself: nothing to look for
        }

        if (path.AsSpan().IndexOfAny('.', '[') < 0)
        {
            segments.Add((Encoding.UTF8.GetBytes(path), 0)); // the common case: a top-level field
            return segments;
        }

        foreach (var part in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            segments.Add((Encoding.UTF8.GetBytes(bracket < 0 ? part : part[..bracket]), 0));
            while (bracket >= 0)
            {
                var close = part.IndexOf(']', bracket);
                segments.Add((null, int.Parse(part.AsSpan(bracket + 1, close - bracket - 1), CultureInfo.InvariantCulture)));
                bracket = part.IndexOf('[', close);
            }
        }

        return segments;
    }

    public static ProfileDocument TooLarge(string? source, TextPosition start, long size, int maxBytes) =>
        ProfileDocument.Failed(source, start, Finding.Input(
            IssueCodes.JsonTooLarge,
            start,
            ("Size", size.ToString(CultureInfo.InvariantCulture)),
            ("Limit", maxBytes.ToString(CultureInfo.InvariantCulture))));


    private JsonNode? ReadValue(ref Utf8JsonReader reader, ProfileShape? shape, string path, int depth)
    {
        var position = reader.TokenStartIndex; // turned into line and column only when needed
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null; // null means absent
            case JsonTokenType.StartObject:
                if (depth >= MaxDepth)
                {
                    throw new TooDeepException(lines.At(position));
                }

                var obj = ReadObject(ref reader, shape?.Kind == ShapeKind.Object ? shape : null, path, depth);
                return shape is null || shape.Kind == ShapeKind.Object ? obj : WrongType(shape, path, position, "object");
            case JsonTokenType.StartArray:
                if (depth >= MaxDepth)
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
                findings.Add(Finding.Dropped(IssueCodes.JsonDuplicateProperty, childPath, lines.At(namePosition)));
                ReadValue(ref reader, null, childPath, depth + 1);
                continue;
            }

            positions[childPath] = lines.At(namePosition);

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
            positions[itemPath] = lines.At(reader.TokenStartIndex);

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

                findings.Add(Finding.Dropped(IssueCodes.DateFormat, path, lines.At(position), ("PropertyValue", TextShortening.Shorten(text, 60))));
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

        findings.Add(Finding.Dropped(IssueCodes.NumberRange, path, lines.At(position), ("PropertyValue", TextShortening.Shorten(raw, 60))));
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
            findings.Add(Finding.Dropped(IssueCodes.JsonEncoding, path, lines.At(position)));
            return null;
        }
    }

    private JsonNode? WrongType(ProfileShape shape, string path, long position, string found)
    {
        findings.Add(Finding.Dropped(IssueCodes.ValueType, path, lines.At(position), ("Expected", shape.JsonTypeName), ("Found", found)));
        return null;
    }

    private static Finding SyntaxFinding(JsonException e, ReadOnlyMemory<byte> utf8, LineIndex lines)
    {
        var line = e.LineNumber ?? 0;
        var bytes = e.BytePositionInLine ?? 0;
        var offset = lines.OffsetOf(line, bytes);
        var position = lines.AtLineByte(line, bytes);

        if (lines.ByteAt(offset) == (byte)'/')
        {
            return Finding.Input(IssueCodes.JsonComment, position);
        }

        if (ParsesLeniently(utf8.Span))
        {
            return Finding.Input(IssueCodes.JsonTrailingComma, position);
        }

        // A text that ends early reads without an error as a block that more text would follow.
        if (offset >= utf8.Length
            || utf8.Span[(int)offset..].IndexOfAnyExcept(" \t\r\n"u8) < 0
            || EndsEarly(utf8.Span))
        {
            return Finding.Input(IssueCodes.JsonTruncated, position);
        }

        return Finding.Input(IssueCodes.JsonSyntax, position, ("Detail", DetailAt(utf8.Span, (int)Math.Min(offset, utf8.Length))));
    }

    private static bool EndsEarly(ReadOnlySpan<byte> span)
    {
        try
        {
            var reader = new Utf8JsonReader(span, isFinalBlock: false, new JsonReaderState(StrictReader));
            while (reader.Read())
            {
            }

            return reader.CurrentDepth > 0 || reader.BytesConsumed < span.Length;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // What went wrong, told by the text at the error (a token with a message in each language), never by the
    // runtime's own English message.
    private static string DetailAt(ReadOnlySpan<byte> span, int offset)
    {
        if (EndOfFirstValue(span) is > 0 and var end && offset >= end)
        {
            return "json.afterEnd";
        }

        var at = span[offset];
        var previous = span[..offset].TrimEnd(" \t\r\n"u8);
        var afterValue = previous.Length > 0 && previous[^1] is (byte)'"' or (byte)'}' or (byte)']' or (byte)'e' or (byte)'l' || previous.Length > 0 && char.IsAsciiDigit((char)previous[^1]);
        return at switch
        {
            (byte)'\'' => "json.singleQuote",
            < 0x20 and not (byte)' ' => "json.controlCharacter",
            (byte)'}' or (byte)']' => "json.unexpectedClose",
            (byte)'"' or (byte)'{' or (byte)'[' when afterValue => "json.missingComma",
            _ when char.IsAsciiLetter((char)at) => "json.unquotedText",
            _ => "json.unexpectedCharacter",
        };
    }

    // Where the first complete value ends; 0 when it does not end cleanly.
    private static long EndOfFirstValue(ReadOnlySpan<byte> span)
    {
        try
        {
            var reader = new Utf8JsonReader(span, StrictReader);
            return reader.Read() && reader.TrySkip() ? reader.BytesConsumed : 0;
        }
        catch (JsonException)
        {
            return 0;
        }
    }

    private static bool ParsesLeniently(ReadOnlySpan<byte> span)
    {
        try
        {
            var reader = new Utf8JsonReader(span, LenientReader);
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> span)
    {
        var offset = 0;
        while (offset < span.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(span[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }

    private sealed class TooDeepException(TextPosition position) : Exception
    {
        public TextPosition Position { get; } = position;
    }
}
