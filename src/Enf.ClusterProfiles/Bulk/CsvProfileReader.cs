using System.Text;
using CsvHelper;
using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Json;

namespace Enf.ClusterProfiles.Bulk;

/// <summary>
/// Reads profiles from CSV, one per row, for people who keep them in a spreadsheet: plain CSV as well as
/// what Excel saves in a Finnish or Swedish locale. The separator (<c>,</c>, <c>;</c> or tab, or Excel's
/// <c>sep=</c> line) is detected; UTF-8 is read with or without a byte order mark, and a file whose bytes are
/// not UTF-8 is read as Windows-1252 (what "CSV" in older Excel writes) with a note saying so. The first row
/// names the columns by field path or label (see <see cref="SpreadsheetColumns"/>); cells are read by
/// <see cref="SpreadsheetRow"/>. Every finding points at the row's line and the cell's column.
/// </summary>
internal static class CsvProfileReader
{
    // Windows-1252, from the code pages that ship with .NET but are not registered by default (no global state).
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static async IAsyncEnumerable<ProfileDocument> ReadAsync(
        Stream stream,
        string source,
        int maxBytes,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (input, utf8, start) = await Utf8Check.CheckAsync(stream, cancellationToken).ConfigureAwait(false);
        List<Finding> notes = utf8 ? [] : [Finding.FileNote(IssueCodes.FileEncoding, ("Encoding", "Windows-1252"))];

        var malformed = new Queue<CsvMalformedRecord>();
        var options = new CsvReaderOptions
        {
            Separator = Utf8Check.SeparatorOf(start), // from the header line: , ; or tab (null: Excel's "sep=;" line, read by the reader)
            DetectSeparatorHint = true,
            Encoding = utf8 ? null : Windows1252,
            HasHeader = true,
            AllowLineBreaksInQuotes = true,
            TrackLineNumbers = true,
            SkipEmptyLines = false, // blank rows still count, so that row numbers are the spreadsheet's
            TrimWhitespace = false,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            OnMalformedRecord = malformed.Enqueue,
            MaxRecordSize = maxBytes, // one row is one profile: the same size limit, and an unclosed quote cannot swallow the file
        };

        var csv = CsvReader.Create(input, options, leaveOpen: true);
        await using (csv.ConfigureAwait(false))
        {
            var any = false;
            string?[]? paths = null;
            while (true)
            {
                bool more;
                string? failure = null;
                try
                {
                    more = await csv.ReadAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Bad input never escapes as an exception: the rest of the file is reported unreadable here.
                    more = false;
                    failure = "csv.malformed";
                }

                if (failure is not null)
                {
                    malformed.Clear();
                    yield return Note(ProfileDocument.Failed(source, new TextPosition((int)csv.LineNumber, 1), IssueCodes.CsvSyntax, ("Detail", failure)), notes);
                }

                while (malformed.TryDequeue(out var bad))
                {
                    yield return Note(ProfileDocument.Failed(source, new TextPosition((int)bad.LineNumber, 1), IssueCodes.CsvSyntax, ("Detail", Describe(bad.Reason))), notes);
                }

                if (!more)
                {
                    break;
                }

                any = true;
                paths ??= [.. csv.Headers.Select(h => string.IsNullOrWhiteSpace(h) ? null : SpreadsheetColumns.PathOf(h))];
                var cells = Enumerable.Range(0, csv.FieldCount).Select(i => (object?)csv.GetString(i)).ToArray();
                var row = (int)csv.RowNumber + 1;
                if (SpreadsheetRow.IsBlank(cells) || (row == 2 && SpreadsheetColumns.RepeatsHeader(paths, cells)))
                {
                    continue; // a blank row, or a second header row naming the same fields by path (as init's template has)
                }

                yield return SpreadsheetRow.ToDocument(paths, cells, source, (int)csv.LineNumber, row, notes);
                notes.Clear();
            }

            if (!any && csv.Headers.Count == 0)
            {
                yield return Note(ProfileDocument.Failed(source, new TextPosition(1, 1), IssueCodes.JsonEmpty), notes);
            }
        }
    }

    // The note about the file goes with the first profile reported from it, once.
    private static ProfileDocument Note(ProfileDocument document, List<Finding> notes)
    {
        if (notes.Count == 0)
        {
            return document;
        }

        var withNote = document.WithFindingsBefore(notes);
        notes.Clear();
        return withNote;
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        // Tokens that the message renders in the reader's language (detail.csv.… in the resources).
        CsvMalformedReason.UnterminatedQuote => "csv.unclosedQuote",
        CsvMalformedReason.TextAfterClosingQuote => "csv.textAfterQuote",
        CsvMalformedReason.StrayQuote => "csv.strayQuote",
        _ => reason.ToString(),
    };
}
