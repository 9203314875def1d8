using Enf.ClusterProfiles.Issues;
using Enf.ClusterProfiles.Json;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Enf.ClusterProfiles.Bulk;

/// <summary>
/// Reads profiles from an Excel workbook (<c>.xlsx</c>): the first sheet, one profile a row, the first non-blank
/// row naming the columns by field path or label in English, Finnish or Swedish. MiniExcel reads the sheet row by
/// row and keeps a large shared-string table on disk, so memory stays flat (measured in docs/performance.md).
/// A finding's line is the row and its column the column's number, and its message names the cell (<c>I3</c>).
/// </summary>
internal static class XlsxProfileReader
{
    public static async IAsyncEnumerable<ProfileDocument> ReadAsync(
        Stream stream,
        string source,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A workbook is a zip archive, read from its end: a pipe is copied to a temporary file first.
        var (seekable, temporary) = await SeekableAsync(stream, cancellationToken).ConfigureAwait(false);
        try
        {
            var configuration = new OpenXmlConfiguration { IgnoreEmptyRows = false, FillMergedCells = false };
            // MiniExcel gives each row as a dictionary typed `dynamic`; it is read as the object it is, so that no
            // call goes through the runtime binder (which a natively compiled console does not have).
            IEnumerator<object>? rows = null;
            string? failure = null;
            try
            {
                rows = ((IEnumerable<object>)seekable.Query(useHeaderRow: false, excelType: ExcelType.XLSX, configuration: configuration)).GetEnumerator();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failure = e.Message;
            }

            if (rows is null)
            {
                yield return ProfileDocument.Failed(source, new TextPosition(1, 1), IssueCodes.WorkbookUnreadable, ("Detail", failure ?? string.Empty));
                yield break;
            }

            using (rows)
            {
                string?[]? paths = null;
                var row = 0;
                var any = false;
                while (true)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    bool more;
                    try
                    {
                        more = rows.MoveNext();
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        // A damaged workbook: what was read stands, and the rest is reported here.
                        more = false;
                        failure = e.Message;
                    }

                    if (failure is not null)
                    {
                        yield return ProfileDocument.Failed(source, new TextPosition(row + 1, 1), IssueCodes.WorkbookUnreadable, ("Detail", failure));
                        yield break;
                    }

                    if (!more)
                    {
                        break;
                    }

                    row++;
                    var cells = Cells((IDictionary<string, object?>)rows.Current);
                    if (SpreadsheetRow.IsBlank(cells))
                    {
                        continue;
                    }

                    if (paths is null)
                    {
                        paths = [.. cells.Select(c => c is null || (c is string s && string.IsNullOrWhiteSpace(s)) ? null : SpreadsheetColumns.PathOf(Convert.ToString(c, System.Globalization.CultureInfo.InvariantCulture)!))];
                        continue;
                    }

                    if (!any && SpreadsheetColumns.RepeatsHeader(paths, cells))
                    {
                        continue; // the second header row of init's template: the same fields by path
                    }

                    any = true;
                    yield return SpreadsheetRow.ToDocument(paths, cells, source, row, row, []);
                }

                if (paths is null)
                {
                    yield return ProfileDocument.Failed(source, new TextPosition(1, 1), IssueCodes.JsonEmpty);
                }
            }
        }
        finally
        {
            if (temporary is not null)
            {
                await seekable.DisposeAsync().ConfigureAwait(false); // deleted on close
            }
        }
    }

    // MiniExcel names a row's cells by column letters (A, B, …, AA); a list in column order, A first.
    private static object?[] Cells(IDictionary<string, object?> row)
    {
        var cells = new object?[row.Count];
        var i = 0;
        foreach (var value in row.Values)
        {
            cells[i++] = value;
        }

        return cells;
    }

    private static async Task<(Stream Stream, string? Temporary)> SeekableAsync(Stream stream, CancellationToken cancellationToken)
    {
        if (stream.CanSeek)
        {
            return (stream, null);
        }

        var path = Path.GetTempFileName();
        var copy = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        await stream.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
        copy.Position = 0;
        return (copy, path);
    }
}
