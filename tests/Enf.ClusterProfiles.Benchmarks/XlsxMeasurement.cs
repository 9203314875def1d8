using System.Globalization;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Enf.ClusterProfiles.Serialization;
using Enf.ClusterProfiles.Testing;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Enf.ClusterProfiles.Benchmarks;

/// <summary>
/// The measurement that chose the spreadsheet library (docs/performance.md, "Spreadsheets"): a workbook of N
/// generated profiles written as Excel writes one (every text in the shared string table), then read row by row
/// with each candidate. Peak memory is taken by GNU time around the whole process, one process per run.
/// </summary>
public static class XlsxMeasurement
{
    /// <summary>Writes N generated profiles to a workbook, one row each, with shared strings as Excel does.</summary>
    public static void Generate(int count, string file)
    {
        var columns = new List<string>();
        var rows = new List<Dictionary<string, string>>();

        // Two passes over the generator (fixed seed): the first finds the columns, the second writes the rows.
        foreach (var profile in ProfileFaker.Generate(Math.Min(count, 2000)))
        {
            foreach (var key in Flatten(profile).Keys.Where(k => !columns.Contains(k)))
            {
                columns.Add(key);
            }
        }

        using var document = SpreadsheetDocument.Create(file, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = "rSheet", SheetId = 1, Name = "Profiles" }));
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var sheetPart = workbook.AddNewPart<WorksheetPart>("rSheet");
        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, 1, columns.Select(c => (c, (object)c)), columns, strings);
            var index = 2u;
            foreach (var profile in ProfileFaker.Generate(count))
            {
                var cells = Flatten(profile);
                WriteRow(writer, index++, cells.Select(kv => (kv.Key, kv.Value)), columns, strings);
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        var sst = workbook.AddNewPart<SharedStringTablePart>();
        using (var writer = OpenXmlWriter.Create(sst))
        {
            writer.WriteStartElement(new SharedStringTable(), [new OpenXmlAttribute("count", string.Empty, strings.Count.ToString(CultureInfo.InvariantCulture)), new OpenXmlAttribute("uniqueCount", string.Empty, strings.Count.ToString(CultureInfo.InvariantCulture))]);
            foreach (var text in strings.OrderBy(s => s.Value).Select(s => s.Key))
            {
                writer.WriteElement(new SharedStringItem(new Text(text)));
            }

            writer.WriteEndElement();
        }
    }

    /// <summary>Reads every row with MiniExcel's streaming query; returns rows and non-empty cells read.</summary>
    public static (int Rows, long Cells) ReadMiniExcel(string file)
    {
        var rows = 0;
        long cells = 0;
        using var stream = File.OpenRead(file);
        foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false, configuration: new OpenXmlConfiguration { IgnoreEmptyRows = false }))
        {
            rows++;
            cells += row.Values.Count(v => v is not null);
        }

        return (rows, cells);
    }

    /// <summary>Reads every row with the Open XML SDK's forward-only reader, the shared strings held in a list.</summary>
    public static (int Rows, long Cells) ReadOpenXml(string file)
    {
        using var document = SpreadsheetDocument.Open(file, false);
        var workbook = document.WorkbookPart!;
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is { } sst)
        {
            using var reader = OpenXmlReader.Create(sst);
            while (reader.Read())
            {
                if (reader.ElementType == typeof(SharedStringItem))
                {
                    strings.Add(((SharedStringItem)reader.LoadCurrentElement()!).InnerText);
                }
            }
        }

        var rows = 0;
        long cells = 0;
        var part = workbook.WorksheetParts.First();
        using (var reader = OpenXmlReader.Create(part))
        {
            while (reader.Read())
            {
                if (reader.ElementType == typeof(Row) && reader.IsStartElement)
                {
                    rows++;
                }
                else if (reader.ElementType == typeof(Cell) && reader.IsStartElement)
                {
                    var cell = (Cell)reader.LoadCurrentElement()!;
                    var value = cell.DataType?.Value == CellValues.SharedString ? strings[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)] : cell.CellValue?.Text;
                    cells += value is null ? 0 : 1;
                }
            }
        }

        return (rows, cells);
    }

    private static void WriteRow(OpenXmlWriter writer, uint index, IEnumerable<(string Column, object Value)> cells, List<string> columns, Dictionary<string, int> strings)
    {
        writer.WriteStartElement(new Row { RowIndex = index });
        foreach (var (column, value) in cells.OrderBy(c => columns.IndexOf(c.Column)))
        {
            var at = columns.IndexOf(column);
            if (at < 0)
            {
                continue;
            }

            var reference = ColumnName(at + 1) + index.ToString(CultureInfo.InvariantCulture);
            if (value is decimal or long or int)
            {
                writer.WriteElement(new Cell { CellReference = reference, CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!) });
            }
            else
            {
                var text = (string)value;
                if (!strings.TryGetValue(text, out var id))
                {
                    id = strings.Count;
                    strings[text] = id;
                }

                writer.WriteElement(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(id.ToString(CultureInfo.InvariantCulture)) });
            }
        }

        writer.WriteEndElement();
    }

    private static string ColumnName(int number)
    {
        var name = string.Empty;
        for (; number > 0; number = (number - 1) / 26)
        {
            name = (char)('A' + ((number - 1) % 26)) + name;
        }

        return name;
    }

    private static Dictionary<string, object> Flatten(Model.ClusterProfile profile)
    {
        var cells = new Dictionary<string, object>(StringComparer.Ordinal);
        void Walk(string prefix, JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (k, v) in o)
                    {
                        Walk(prefix.Length == 0 ? k : $"{prefix}.{k}", v);
                    }

                    break;
                case JsonArray a:
                    cells[prefix] = string.Join(';', a.Select(i => i?.ToString()));
                    break;
                case JsonValue v when v.TryGetValue<decimal>(out var d):
                    cells[prefix] = d;
                    break;
                case JsonValue v:
                    cells[prefix] = v.ToString();
                    break;
            }
        }

        Walk(string.Empty, JsonNode.Parse(ClusterProfileJson.Serialize(profile)));
        return cells;
    }
}
