using Enf.ClusterProfiles.Json;

namespace Enf.ClusterProfiles.Bulk;

/// <summary>Reads NDJSON: one profile per line; blank lines are skipped and a broken line spoils only itself.</summary>
internal static class NdjsonSplitter
{
    public static async IAsyncEnumerable<ProfileDocument> SplitAsync(
        Stream stream,
        string source,
        int maxBytes,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var scanner = new ByteScanner(stream, maxBytes);
        scanner.StartItem();
        var line = 1;
        var blank = true;
        int b;
        while (true)
        {
            b = await scanner.NextAsync(cancellationToken).ConfigureAwait(false);
            if (b == -1 || b == '\n')
            {
                if (!blank)
                {
                    yield return scanner.ItemTooLarge
                        ? ProfileJsonParser.TooLarge(source, new TextPosition(line, 1), scanner.ItemSize, maxBytes)
                        : ProfileJsonParser.Parse(scanner.Item.ToArray(), source, new TextPosition(line, 1), maxBytes);
                }

                if (b == -1)
                {
                    yield break;
                }

                line = scanner.Line;
                blank = true;
                scanner.StartItem();
                continue;
            }

            if (b != '\r')
            {
                blank &= JsonArraySplitter.IsSpace(b);
                scanner.Keep(b);
            }
        }
    }
}
