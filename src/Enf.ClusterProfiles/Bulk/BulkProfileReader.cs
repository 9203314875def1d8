using System.Runtime.CompilerServices;
using Enf.ClusterProfiles.Json;

namespace Enf.ClusterProfiles.Bulk;

/// <summary>
/// Reads many profiles from files and folders as a stream: a <c>.json</c> file with one object or an array
/// of objects, <c>.ndjson</c> (or <c>.jsonl</c>) with one object per line, and <c>.csv</c> and <c>.xlsx</c> with one
/// profile per row. Memory stays flat however many profiles there are; a broken profile is reported in its place and
/// never hides the others; every document names its source file and the line it starts on.
/// </summary>
public static class BulkProfileReader
{
    /// <summary>The file endings read from a folder.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".json", ".ndjson", ".jsonl", ".csv", ".xlsx"];

    /// <summary>
    /// The files a set of paths stands for: a file as given; a folder's files with a known ending, in its
    /// sub-folders too (but not in hidden folders such as <c>.sync</c>), in ordinal order. Paths are kept as given,
    /// joined with the file's place inside the folder.
    /// </summary>
    /// <param name="paths">Files and folders.</param>
    public static IEnumerable<string> ExpandPaths(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (!Directory.Exists(path))
            {
                yield return path;
                continue;
            }

            var options = new EnumerationOptions
            {
                RecurseSubdirectories = true,
                IgnoreInaccessible = true, // a folder that cannot be read is passed over, not a crash
                AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            };
            var files = Directory.EnumerateFiles(path, "*", options)
                .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                .Select(f => Path.Combine(path, Path.GetRelativePath(path, f)))
                .Where(f => !Path.GetRelativePath(path, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                yield return file;
            }
        }
    }

    /// <summary>Reads every profile in the given files and folders, one document at a time.</summary>
    /// <param name="paths">Files and folders.</param>
    /// <param name="maxBytes">Size limit of one profile; <see cref="ProfileDocument.DefaultMaxBytes"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    public static async IAsyncEnumerable<ProfileDocument> ReadAsync(
        IEnumerable<string> paths,
        int? maxBytes = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var file in ExpandPaths(paths))
        {
            await foreach (var document in ReadFileAsync(file, maxBytes, cancellationToken).ConfigureAwait(false))
            {
                yield return document;
            }
        }
    }

    /// <summary>Reads every profile in one file; a file that cannot be opened gives one unreadable document.</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxBytes">Size limit of one profile; <see cref="ProfileDocument.DefaultMaxBytes"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    public static async IAsyncEnumerable<ProfileDocument> ReadFileAsync(
        string path,
        int? maxBytes = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var limit = maxBytes ?? ProfileDocument.DefaultMaxBytes;
        FileStream? stream = null;
        Exception? openFailure = null;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            openFailure = e;
        }

        if (stream is null)
        {
            yield return ProfileDocument.Unreadable(path, openFailure ?? new FileNotFoundException(null, path));
            yield break;
        }

        await using (stream.ConfigureAwait(false))
        {
            var documents = Path.GetExtension(path).ToLowerInvariant() switch
            {
                ".ndjson" or ".jsonl" => NdjsonSplitter.SplitAsync(stream, path, limit, cancellationToken),
                ".csv" => CsvProfileReader.ReadAsync(stream, path, limit, cancellationToken),
                ".xlsx" => XlsxProfileReader.ReadAsync(stream, path, cancellationToken),
                _ => await JsonFileAsync(stream, path, limit, cancellationToken).ConfigureAwait(false),
            };

            var enumerator = documents.GetAsyncEnumerator(cancellationToken);
            await using (enumerator.ConfigureAwait(false))
            {
                while (true)
                {
                    bool more;
                    IOException? failure = null;
                    try
                    {
                        more = await enumerator.MoveNextAsync().ConfigureAwait(false);
                    }
                    catch (IOException e)
                    {
                        more = false;
                        failure = e;
                    }

                    if (failure is not null)
                    {
                        // The disk failed mid-file: what was read stands, and the rest is reported unreadable.
                        yield return ProfileDocument.Unreadable(path, failure);
                    }

                    if (!more)
                    {
                        yield break;
                    }

                    yield return enumerator.Current;
                }
            }
        }
    }

    private static async IAsyncEnumerable<ProfileDocument> Single(Stream stream, string path, int maxBytes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return await ProfileDocument.ReadAsync(stream, path, maxBytes, cancellationToken).ConfigureAwait(false);
    }

    // A .json file holds one object or an array of them: the first character that is not white space decides.
    // The bytes read to find it are put back in front of the rest, so pipes and FIFOs (which cannot seek) work too.
    private const int MaxLeadingWhiteSpace = 16 * 1024 * 1024;

    private static async Task<IAsyncEnumerable<ProfileDocument>> JsonFileAsync(Stream stream, string path, int maxBytes, CancellationToken cancellationToken)
    {
        var peeked = new MemoryStream();
        var buffer = new byte[4096];
        var first = -1;
        int read;
        while (first < 0 && peeked.Length <= MaxLeadingWhiteSpace && (read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            var offset = peeked.Length == 0 && buffer.AsSpan(0, read).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            var at = buffer.AsSpan(offset, read - offset).IndexOfAnyExcept(" \t\r\n"u8);
            first = at < 0 ? -1 : buffer[offset + at];
            peeked.Write(buffer, 0, read);
        }

        peeked.Position = 0;
        var whole = new PrefixedStream(peeked, stream);
        return first == '['
            ? JsonArraySplitter.SplitAsync(whole, path, maxBytes, cancellationToken)
            : Single(whole, path, maxBytes, cancellationToken);
    }
}
