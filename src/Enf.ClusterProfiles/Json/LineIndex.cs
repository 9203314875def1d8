using System.Text;

namespace Enf.ClusterProfiles.Json;

/// <summary>
/// Turns byte offsets in a UTF-8 buffer into line and column, for a buffer that may start in the middle of a
/// file (an element of a JSON array, a line of NDJSON): <paramref name="firstLine"/> and
/// <paramref name="firstColumn"/> are the file position of the buffer's first byte.
/// </summary>
internal sealed class LineIndex(ReadOnlyMemory<byte> utf8, int firstLine, int firstColumn)
{
    private List<int>? lineStarts;

    // Positions are asked for in increasing order during a walk: counting on from the last answer keeps a
    // one-line file (minified JSON, NDJSON) linear instead of quadratic.
    private int lastLine = -1;
    private int lastOffset;
    private int lastColumn;

    private const int FewPositions = 4;
    private int asked;

    public TextPosition At(long offset)
    {
        var end = (int)Math.Min(offset, utf8.Length);
        int line, lineStart;
        if (lineStarts is null && asked++ < FewPositions)
        {
            // A clean document asks for a few positions (its start, its findings): counting the line breaks before
            // each is cheaper than indexing every line.
            var before = utf8.Span[..end];
            line = before.Count((byte)'\n');
            lineStart = before.LastIndexOf((byte)'\n') + 1;
        }
        else
        {
            var starts = lineStarts ??= FindLineStarts(utf8.Span);
            var index = starts.BinarySearch(end);
            line = index >= 0 ? index : ~index - 1;
            lineStart = starts[line];
        }

        int column;
        if (line == lastLine && end >= lastOffset)
        {
            column = lastColumn + CountChars(utf8.Span[lastOffset..end]);
        }
        else
        {
            column = CountChars(utf8.Span[lineStart..end]) + 1;
        }

        (lastLine, lastOffset, lastColumn) = (line, end, column);
        return line == 0 ? new TextPosition(firstLine, firstColumn + column - 1) : new TextPosition(firstLine + line, column);
    }

    /// <summary>The position of a byte given as the reader reports it: 0-based line within the buffer and byte in that line.</summary>
    public TextPosition AtLineByte(long lineInBuffer, long byteInLine)
    {
        var starts = lineStarts ??= FindLineStarts(utf8.Span);
        var line = (int)Math.Clamp(lineInBuffer, 0, starts.Count - 1);
        return At(starts[line] + byteInLine);
    }

    public byte? ByteAt(long offset) => offset >= 0 && offset < utf8.Length ? utf8.Span[(int)offset] : null;

    public long OffsetOf(long lineInBuffer, long byteInLine)
    {
        var starts = lineStarts ??= FindLineStarts(utf8.Span);
        return starts[(int)Math.Clamp(lineInBuffer, 0, starts.Count - 1)] + byteInLine;
    }

    private static List<int> FindLineStarts(ReadOnlySpan<byte> text)
    {
        var starts = new List<int> { 0 };
        var offset = 0;
        int next;
        while ((next = text[offset..].IndexOf((byte)'\n')) >= 0)
        {
            offset += next + 1;
            starts.Add(offset);
        }

        return starts;
    }

    // Characters are counted as UTF-8 sequences: every byte that is not a continuation byte starts one.
    private static int CountChars(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        foreach (var b in bytes)
        {
            if ((b & 0xC0) != 0x80)
            {
                count++;
            }
        }

        return count;
    }
}
