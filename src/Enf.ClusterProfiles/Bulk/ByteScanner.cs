using System.Buffers;
using Enf.ClusterProfiles.Json;

namespace Enf.ClusterProfiles.Bulk;

/// <summary>
/// Reads a stream in chunks, one byte at a time for the splitters, keeping the current line and column
/// (columns count characters, not bytes), and collects the bytes of the current item up to a size limit
/// so that memory stays flat however large the file is.
/// </summary>
internal sealed class ByteScanner(Stream stream, int maxItemBytes) : IDisposable
{
    private readonly byte[] chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private readonly ArrayBufferWriter<byte> item = new();
    private int length;
    private int index;
    private bool started;

    public int Line { get; private set; } = 1;

    public int Column { get; private set; } = 1;

    /// <summary>Bytes of the current item, when it has not exceeded the limit.</summary>
    public ReadOnlyMemory<byte> Item => item.WrittenMemory;

    public long ItemSize { get; private set; }

    public bool ItemTooLarge => ItemSize > maxItemBytes;

    public TextPosition Position => new(Line, Column);

    /// <summary>The next byte, or -1 at the end; a byte order mark at the very start is skipped.</summary>
    public async ValueTask<int> NextAsync(CancellationToken cancellationToken)
    {
        if (index == length)
        {
            length = await stream.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false);
            index = 0;
            if (!started)
            {
                started = true;
                if (length >= 3 && chunk[0] == 0xEF && chunk[1] == 0xBB && chunk[2] == 0xBF)
                {
                    index = 3;
                }
            }

            if (length == 0 || index == length)
            {
                return -1;
            }
        }

        var b = chunk[index++];
        if (b == (byte)'\n')
        {
            Line++;
            Column = 1;
        }
        else if ((b & 0xC0) != 0x80)
        {
            Column++;
        }

        return b;
    }

    public void StartItem()
    {
        item.ResetWrittenCount();
        ItemSize = 0;
    }

    public void Keep(int b)
    {
        ItemSize++;
        if (ItemSize <= maxItemBytes)
        {
            item.GetSpan(1)[0] = (byte)b;
            item.Advance(1);
        }
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(chunk);
}
