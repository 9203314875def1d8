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
/// What a syntax error is, told by the text at the error (a comment, a trailing comma, a document cut short, a
/// token with a message in each language), never by the runtime's own English message.
/// </summary>
internal static class SyntaxDiagnosis
{
    private static readonly JsonReaderOptions LenientReader = new() { MaxDepth = ProfileJsonParser.MaxDepth + 16, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static Finding FindingOf(JsonException e, ReadOnlyMemory<byte> utf8, LineIndex lines)
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
            var reader = new Utf8JsonReader(span, isFinalBlock: false, new JsonReaderState(DiagnosticWalk.StrictReader));
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
            var reader = new Utf8JsonReader(span, DiagnosticWalk.StrictReader);
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

    /// <summary>The offset of the first byte that is not UTF-8.</summary>
    public static int FirstInvalidUtf8(ReadOnlySpan<byte> span)
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
}
