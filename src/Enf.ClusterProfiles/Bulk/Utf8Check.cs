using System.Text;

namespace Enf.ClusterProfiles.Bulk;

/// <summary>
/// Whether a file's bytes are UTF-8, decided before reading it as text, so that a spreadsheet saved in
/// Windows-1252 is not read as broken UTF-8. A file on disk is checked whole, a chunk at a time (memory
/// stays flat), and read again from the start; a pipe is judged by its first megabyte, which is kept.
/// </summary>
internal static class Utf8Check
{
    private const int PipePeek = 1024 * 1024;

    /// <summary>Checks the bytes; returns a stream that reads them from the start, whether they are UTF-8, and the first bytes (up to 80 KiB).</summary>
    public static async Task<(Stream Stream, bool Utf8, byte[] Start)> CheckAsync(Stream stream, CancellationToken cancellationToken)
    {
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[81920];
        var chars = new char[81920 + 4];
        var utf8 = true;
        if (stream.CanSeek)
        {
            var start = stream.Position;
            byte[]? first = null;
            int read;
            while (utf8 && (read = await stream.ReadAsync(bytes, cancellationToken).ConfigureAwait(false)) > 0)
            {
                first ??= bytes[..read];
                utf8 = Decodes(decoder, bytes.AsSpan(0, read), chars, flush: false);
            }

            utf8 = utf8 && Decodes(decoder, [], chars, flush: true);
            stream.Position = start;
            return (stream, utf8 || IsUtf16(first), first ?? []);
        }

        var peeked = new MemoryStream();
        int got;
        while (peeked.Length < PipePeek && (got = await stream.ReadAsync(bytes, cancellationToken).ConfigureAwait(false)) > 0)
        {
            utf8 = utf8 && Decodes(decoder, bytes.AsSpan(0, got), chars, flush: false);
            peeked.Write(bytes, 0, got);
        }

        peeked.Position = 0;
        var head = peeked.GetBuffer().AsSpan(0, (int)Math.Min(peeked.Length, bytes.Length)).ToArray();
        return (new PrefixedStream(peeked, stream), utf8 || IsUtf16(head), head);
    }

    // Excel's "Unicode text" is UTF-16 with a byte order mark: the CSV reader honours the mark.
    private static bool IsUtf16(byte[]? start) => start is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];

    /// <summary>
    /// The separator of a CSV file, from its header line: whichever of <c>;</c>, <c>,</c> and tab occurs most often
    /// outside quotes (a comma when none does); <see langword="null"/> when the file starts with Excel's <c>sep=</c> line,
    /// which the CSV reader reads itself.
    /// </summary>
    public static char? SeparatorOf(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            start = start[3..];
        }

        if (start.StartsWith("sep="u8) || start.StartsWith("\"sep="u8) || IsUtf16(start.ToArray()))
        {
            return null;
        }

        int semicolons = 0, commas = 0, tabs = 0;
        var quoted = false;
        foreach (var b in start)
        {
            if (b == (byte)'"')
            {
                quoted = !quoted;
            }
            else if (!quoted && b is (byte)'\n' or (byte)'\r')
            {
                break;
            }
            else if (!quoted)
            {
                semicolons += b == ';' ? 1 : 0;
                commas += b == ',' ? 1 : 0;
                tabs += b == '\t' ? 1 : 0;
            }
        }

        return semicolons > commas && semicolons >= tabs ? ';' : tabs > commas ? '\t' : ',';
    }

    private static bool Decodes(Decoder decoder, ReadOnlySpan<byte> bytes, char[] chars, bool flush)
    {
        try
        {
            decoder.GetChars(bytes, chars, flush);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
