using System.Text;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Json;

/// <summary>
/// One profile as read from raw input (JSON text, a line of NDJSON, an element of an array, a CSV row):
/// the bound profile when it could be read, what was wrong with the input, and where each field stands in
/// the file, so that every finding can name its line and column. Pass it to
/// <see cref="Assessment.ProfileAssessor.Assess(ProfileDocument, System.Globalization.CultureInfo?)"/>.
/// Reading never throws for bad input.
/// </summary>
public sealed class ProfileDocument
{
    /// <summary>The default limit on the size of one profile: 1 MiB.</summary>
    public static int DefaultMaxBytes => 1024 * 1024; // a property, not a constant: callers do not compile the limit in

    // Where every path stands (a profile the reader walked), or a way to look paths up when a finding asks (a
    // clean profile bound straight from its bytes): one of the two.
    private readonly IReadOnlyDictionary<string, TextPosition>? positions;
    private readonly Func<IReadOnlyList<string>, TextPosition?[]>? locate;

    internal ProfileDocument(
        string? source,
        TextPosition start,
        ClusterProfile? profile,
        IReadOnlyList<Finding> findings,
        IReadOnlyDictionary<string, TextPosition> positions)
        : this(source, start, profile, findings, positions, null)
    {
    }

    internal ProfileDocument(
        string? source,
        TextPosition start,
        ClusterProfile? profile,
        IReadOnlyList<Finding> findings,
        Func<IReadOnlyList<string>, TextPosition?[]> locate)
        : this(source, start, profile, findings, null, locate)
    {
    }

    private ProfileDocument(
        string? source,
        TextPosition start,
        ClusterProfile? profile,
        IReadOnlyList<Finding> findings,
        IReadOnlyDictionary<string, TextPosition>? positions,
        Func<IReadOnlyList<string>, TextPosition?[]>? locate)
    {
        Source = source;
        Start = start;
        Profile = profile;
        Findings = findings;
        this.positions = positions;
        this.locate = locate;
    }

    /// <summary>Where the profile came from (a file path as given), when known.</summary>
    public string? Source { get; }

    /// <summary>Where the profile starts: its <c>{</c>, its NDJSON line, its CSV row.</summary>
    public TextPosition Start { get; }

    /// <summary>The bound profile, or <see langword="null"/> when the input could not be read as a profile.</summary>
    public ClusterProfile? Profile { get; }

    internal IReadOnlyList<Finding> Findings { get; }

    /// <summary>The row of a spreadsheet (CSV or workbook) the profile was read from, so findings can name their cell (<c>I3</c>).</summary>
    internal int? SpreadsheetRow { get; init; }

    /// <summary>This document, as read from a spreadsheet row.</summary>
    internal ProfileDocument InRow(int row) => Copy(Findings, row);

    /// <summary>This document with findings about its file (such as its encoding) before its own.</summary>
    internal ProfileDocument WithFindingsBefore(IEnumerable<Finding> notes) => Copy([.. notes, .. Findings], SpreadsheetRow);

    private ProfileDocument Copy(IReadOnlyList<Finding> findings, int? row) =>
        new(Source, Start, Profile, findings, positions, locate) { SpreadsheetRow = row };

    /// <summary>Reads one profile from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">Where it came from, for results.</param>
    /// <param name="maxBytes">Size limit of one profile, in UTF-8 bytes; <see cref="DefaultMaxBytes"/> when <see langword="null"/>.</param>
    public static ProfileDocument Parse(string json, string? source = null, int? maxBytes = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(Encoding.UTF8.GetBytes(json), source, maxBytes);
    }

    /// <summary>Reads one profile from UTF-8 bytes (a byte order mark is accepted).</summary>
    /// <param name="utf8">The bytes.</param>
    /// <param name="source">Where they came from, for results.</param>
    /// <param name="maxBytes">Size limit of one profile; <see cref="DefaultMaxBytes"/> when <see langword="null"/>.</param>
    public static ProfileDocument Parse(ReadOnlyMemory<byte> utf8, string? source = null, int? maxBytes = null) =>
        ProfileJsonParser.Parse(utf8, source, new TextPosition(1, 1), maxBytes ?? DefaultMaxBytes);

    /// <summary>Reads one profile from a stream, reading no more than the size limit allows.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="source">Where it came from, for results.</param>
    /// <param name="maxBytes">Size limit of one profile; <see cref="DefaultMaxBytes"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<ProfileDocument> ReadAsync(Stream stream, string? source = null, int? maxBytes = null, CancellationToken cancellationToken = default)
    {
        var limit = maxBytes ?? DefaultMaxBytes;
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (total <= limit + 3L)
            {
                buffer.Write(chunk, 0, read);
            }
        }

        return total > limit + 3L
            ? ProfileJsonParser.TooLarge(source, new TextPosition(1, 1), total, limit)
            : Parse(buffer.ToArray(), source, limit);
    }

    /// <summary>Reads one profile from a file; a file that cannot be opened is a finding, not an exception.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="maxBytes">Size limit of one profile; <see cref="DefaultMaxBytes"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<ProfileDocument> ReadFileAsync(string path, int? maxBytes = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
            return await ReadAsync(stream, path, maxBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Unreadable(path, e);
        }
    }

    /// <summary>The position of a path in the input: the path itself, else its nearest enclosing object or list, else the profile's start.</summary>
    /// <param name="path">A JSON path.</param>
    public TextPosition PositionOf(string path) => FoundPositionOf(path) ?? Start;

    /// <summary>The positions of several paths, as <see cref="FoundPositionOf"/> gives them, found in one pass where it can.</summary>
    internal IReadOnlyList<TextPosition?> FoundPositionsOf(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (locate is not null && paths.Count is > 1 and <= 64)
        {
            return locate(paths); // the document itself ("") is looked for nowhere, so it is not found
        }

        var positions = new TextPosition?[paths.Count];
        for (var i = 0; i < paths.Count; i++)
        {
            positions[i] = FoundPositionOf(paths[i]);
        }

        return positions;
    }

    /// <summary>The position of a path or its nearest enclosing value, or <see langword="null"/> when the input does not hold it.</summary>
    internal TextPosition? FoundPositionOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (locate is not null)
        {
            return locate([path])[0];
        }

        if (positions is null)
        {
            return null;
        }

        var candidate = path;
        while (candidate.Length > 0)
        {
            if (positions.TryGetValue(candidate, out var position))
            {
                return position;
            }

            candidate = FieldPaths.Parent(candidate);
        }

        return null;
    }

    internal static ProfileDocument Unreadable(string? source, Exception failure) =>
        Failed(source, new TextPosition(1, 1), Finding.SourceUnreadable(Issues.IssueCodes.FileUnreadable, ("Detail", ReadFailure(failure))));

    // Why a file could not be read, as a token with a message in each language (the system's own text is English).
    private static string ReadFailure(Exception failure) => failure switch
    {
        FileNotFoundException or DirectoryNotFoundException => "file.notFound",
        UnauthorizedAccessException => "file.denied",
        ArgumentException or NotSupportedException or PathTooLongException => "file.badPath",
        _ => "file.io",
    };

    /// <summary>A document that could not be read as a profile: one finding about the input, no profile.</summary>
    internal static ProfileDocument Failed(string? source, TextPosition start, Finding finding) =>
        new(source, start, null, [finding], new Dictionary<string, TextPosition>());

    /// <summary>A document that could not be read as a profile, with the finding placed where it starts.</summary>
    internal static ProfileDocument Failed(string? source, TextPosition position, string code, params (string Name, string Value)[] arguments) =>
        Failed(source, position, Finding.Input(code, position, arguments));
}
