using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Enf.ClusterProfiles.Tests.Bulk;

/// <summary>
/// Writes the spreadsheet corpus (Bulk/Corpus/excel-fi-*) as Excel saves it in a Finnish locale: see the
/// corpus README. The committed files are what the tests read; <c>UPDATE_SPREADSHEET_CORPUS=1</c> writes them again.
/// </summary>
public static class FinnishExcelFiles
{
    public const string Folder = "Bulk/Corpus";

    /// <summary>The header row: field labels in Finnish, as init's template names them.</summary>
    public static readonly string[] Header =
    [
        "Tunniste", "Profiilin tyyppi", "Nimi", "Maa", "Alue (NUTS)", "Kaupunki", "Verkkosivusto", "Kuvaus",
        "Yhteyssähköposti", "Teolliset ekosysteemit", "Hallinnon henkilöstö (htv)", "Jäsenet › pk-yritykset",
        "Jäsenet › tutkimus ja koulutus", "Jäsenet › julkiset toimijat", "Klusterimerkki › taso",
        "Klusterimerkki › voimassa asti", "Päivitetty viimeksi",
    ];

    // Rows as typed in Excel: numbers and dates are values (a number or a date), the rest text.
    // Row 3 has two mistakes people make: words in a number column (K3) and a day that does not exist (P3).
    public static readonly object?[][] Rows =
    [
        [
            "oulu-arctic-water", "clusterOrganisation", "Pohjoisen vesiosaamisen klusteri", "FI", "FI1D9", "Oulu",
            "https://arcticwater.example/en",
            "Klusteri kokoaa yhteen vesialan yritykset, yliopiston ja kaupungin; yhteistyötä jo vuodesta 2015.",
            "info@arcticwater.example", "energyRenewables;digital", 0.5m, 12, 3, 2, "silver", new DateOnly(2028, 12, 31), new DateOnly(2026, 11, 1),
        ],
        [
            "kajaani-data-centres", "clusterOrganisation", "Kainuun datakeskusklusteri", "FI", "FI1D8", "Kajaani",
            "https://datacentres.example/en",
            "Datakeskusten, energiayhtiöiden ja oppilaitosten verkosto Kainuussa; hukkalämpö hyötykäyttöön.",
            "info@datacentres.example", "digital", "noin kaksi", 20, 1, 1, "gold", "31.2.2028", new DateOnly(2026, 10, 15),
        ],
        [
            "savonlinna-wood", "clusterOrganisation", "Itä-Savon puurakentajat", "FI", "FI1D1", "Savonlinna",
            "https://woodbuilders.example/en",
            "Puurakentamisen pk-yritysten ja ammattikorkeakoulun klusteri Etelä-Savossa, jossa jäseniä on 15.",
            "toimisto@woodbuilders.example", "construction", 2.25m, 15, 1, null, null, null, new DateOnly(2026, 1, 5),
        ],
    ];

    /// <summary>The CSV text Excel writes for "CSV (luetteloerotin)" and "CSV UTF-8" in a Finnish locale: <c>;</c>, CRLF, a decimal comma, dates d.M.yyyy.</summary>
    public static string CsvText()
    {
        var fi = CultureInfo.GetCultureInfo("fi-FI");
        var text = new StringBuilder();
        text.AppendJoin(';', Header.Select(Quote)).Append("\r\n");
        foreach (var row in Rows)
        {
            text.AppendJoin(';', row.Select(cell => Quote(cell switch
            {
                null => string.Empty,
                decimal d => d.ToString(fi),
                int i => i.ToString(fi),
                DateOnly date => date.ToString("d.M.yyyy", fi),
                _ => (string)cell,
            }))).Append("\r\n");
        }

        return text.ToString();

        // Excel quotes a cell only when it holds the separator, a quote or a line break.
        static string Quote(string cell) => cell.IndexOfAny([';', '"', '\n', '\r']) < 0 ? cell : $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    /// <summary>Writes the workbook as Excel saves one: shared strings, numbers as numbers, dates as day numbers with a date style.</summary>
    public static void WriteWorkbook(string path)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = "rId1", SheetId = 1, Name = "Klusterit" }));
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "d\\.m\\.yyyy" }) { Count = 1 },
            new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Aptos Narrow" })) { Count = 1 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true })
            { Count = 2 });

        var strings = new List<string>();
        var sheet = workbook.AddNewPart<WorksheetPart>("rId1");
        var data = new SheetData();
        data.Append(RowOf(1, Header, strings));
        for (var i = 0; i < Rows.Length; i++)
        {
            data.Append(RowOf((uint)i + 2, Rows[i], strings));
        }

        sheet.Worksheet = new Worksheet(data);
        var table = workbook.AddNewPart<SharedStringTablePart>();
        table.SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s))))
        {
            Count = (uint)strings.Count,
            UniqueCount = (uint)strings.Count,
        };
    }

    /// <summary>Writes the committed corpus files again.</summary>
    public static void WriteCorpus(string folder)
    {
        var text = CsvText();
        File.WriteAllBytes(Path.Combine(folder, "excel-fi-utf8-bom.csv"), [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);
        File.WriteAllBytes(Path.Combine(folder, "excel-fi-windows-1252.csv"), CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text));
        WriteWorkbook(Path.Combine(folder, "excel-fi.xlsx"));
    }

    private static Row RowOf(uint index, IReadOnlyList<object?> cells, List<string> strings)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < cells.Count; c++)
        {
            var reference = $"{ColumnLetters(c + 1)}{index}";
            switch (cells[c])
            {
                case null:
                    break;
                case decimal d:
                    row.Append(new Cell { CellReference = reference, CellValue = new CellValue(d.ToString(CultureInfo.InvariantCulture)) });
                    break;
                case int n:
                    row.Append(new Cell { CellReference = reference, CellValue = new CellValue(n.ToString(CultureInfo.InvariantCulture)) });
                    break;
                case DateOnly date:
                    var serial = date.ToDateTime(TimeOnly.MinValue).ToOADate();
                    row.Append(new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(serial.ToString(CultureInfo.InvariantCulture)) });
                    break;
                case string text:
                    var at = strings.IndexOf(text);
                    if (at < 0)
                    {
                        at = strings.Count;
                        strings.Add(text);
                    }

                    row.Append(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(at.ToString(CultureInfo.InvariantCulture)) });
                    break;
            }
        }

        return row;
    }

    private static string ColumnLetters(int column)
    {
        var name = string.Empty;
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }

        return name;
    }
}
