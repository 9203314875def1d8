using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Json;

namespace Enf.ClusterProfiles.Bulk;

/// <summary>
/// Splits a JSON array of profiles into its elements without parsing the whole file: a light scan that
/// follows strings and brackets finds where each element starts and ends, and each element is then read on
/// its own. So a broken element is reported at its own line and the elements after it are still read.
/// </summary>
internal static class JsonArraySplitter
{
    public static async IAsyncEnumerable<ProfileDocument> SplitAsync(
        Stream stream,
        string source,
        int maxBytes,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var scanner = new ByteScanner(stream, maxBytes);
        int b;
        while ((b = await scanner.NextAsync(cancellationToken).ConfigureAwait(false)) != -1 && IsSpace(b))
        {
        }

        // The caller has seen the '['; b is it. Now the elements.
        var depth = 0;
        var inString = false;
        var escaped = false;
        var inItem = false;
        var closed = false;
        var start = scanner.Position;
        while ((b = await scanner.NextAsync(cancellationToken).ConfigureAwait(false)) != -1)
        {
            var position = scanner.Position;
            if (closed)
            {
                if (!IsSpace(b))
                {
                    yield return ProfileDocument.Failed(source, position, IssueCodes.JsonSyntax, ("Detail", "json.afterArray"));
                    yield break;
                }

                continue;
            }

            if (!inItem)
            {
                if (IsSpace(b) || b == ',')
                {
                    continue;
                }

                if (b == ']')
                {
                    closed = true;
                    continue;
                }

                inItem = true;
                start = new TextPosition(position.Line, position.Column - 1);
                scanner.StartItem();
            }

            if (inString)
            {
                scanner.Keep(b);
                if (escaped)
                {
                    escaped = false;
                }
                else if (b == '\\')
                {
                    escaped = true;
                }
                else if (b == '"')
                {
                    inString = false;
                }

                continue;
            }

            if (depth == 0 && (b == ',' || b == ']'))
            {
                yield return Element(scanner, source, start, maxBytes);
                inItem = false;
                closed = b == ']';
                continue;
            }

            scanner.Keep(b);
            switch (b)
            {
                case '"':
                    inString = true;
                    break;
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']' when depth > 0:
                    depth--; // a stray closing bracket stays in the element, which then reads as a syntax error
                    break;
            }
        }

        if (inItem)
        {
            yield return Element(scanner, source, start, maxBytes);
        }

        if (!closed)
        {
            yield return ProfileDocument.Failed(source, scanner.Position, IssueCodes.JsonTruncated);
        }
    }

    private static ProfileDocument Element(ByteScanner scanner, string source, TextPosition start, int maxBytes) =>
        scanner.ItemTooLarge
            ? ProfileJsonParser.TooLarge(source, start, scanner.ItemSize, maxBytes)
            : ProfileJsonParser.Parse(scanner.Item.ToArray(), source, start, maxBytes);


    internal static bool IsSpace(int b) => b is ' ' or '\t' or '\r' or '\n';
}
