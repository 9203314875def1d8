using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Enf.ClusterProfiles.Bulk;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Console.Output;

/// <summary>
/// A small writer of Excel workbooks over the Open XML SDK, for init's template and report's workbook: sheets of
/// rows with typed cells (text, numbers, dates, shares as percentages), a bold header, frozen header rows, column
/// widths and drop-down lists. The Open XML SDK writes what MiniExcel (the reader) cannot: data validation.
/// </summary>
internal sealed class Workbook : IDisposable
{
    // Cell styles, in the order of the CellFormats below.
    private const uint Bold = 1;
    private const uint DateStyle = 2;
    private const uint PercentStyle = 3;
    private const uint Quiet = 4;

    private readonly SpreadsheetDocument document;
    private readonly WorkbookPart part;
    private readonly Sheets sheets;
    private readonly CultureInfo culture;
    private readonly List<Sheet> added = [];

    public Workbook(Stream stream, CultureInfo culture)
    {
        this.culture = culture;
        document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        part = document.AddWorkbookPart();
        sheets = new Sheets();
        part.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(sheets);
        var styles = part.AddNewPart<WorkbookStylesPart>();

        // Dates as the reader's language writes them: 31.12.2028 in Finnish and Swedish, 2028-12-31 in English.
        var dateFormat = Enf.ClusterProfiles.Model.LocalizedText.LanguageOf(culture) == "en" ? "yyyy\\-mm\\-dd" : "d\\.m\\.yyyy";
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = dateFormat }) { Count = 1 },
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Italic(), new FontSize { Val = 9 }, new Color { Rgb = "FF666666" }, new FontName { Val = "Calibri" }))
            { Count = 3 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                new CellFormat { FontId = 1, ApplyFont = true },
                new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 9, ApplyNumberFormat = true },
                new CellFormat { FontId = 2, ApplyFont = true })
            { Count = 5 });
    }

    /// <summary>A cell that renders in the quiet style (small, grey, italic): the row of paths under the labels.</summary>
    public sealed record QuietText(string Text);

    /// <summary>A share from 0 to 1, shown as a percentage.</summary>
    public sealed record Share(double Value);

    public Sheet AddSheet(string name)
    {
        var sheetPart = part.AddNewPart<WorksheetPart>();
        var sheet = new Sheet(this, sheetPart, name);
        sheets.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet
        {
            Id = part.GetIdOfPart(sheetPart),
            SheetId = (uint)sheets.ChildElements.Count + 1,
            Name = name.Length > 31 ? name[..31] : name, // Excel's limit on a sheet's name
        });
        added.Add(sheet);
        return sheet;
    }

    /// <summary>Writes every sheet and closes the workbook.</summary>
    public void Dispose()
    {
        foreach (var sheet in added)
        {
            sheet.Save();
        }

        part.Workbook.Save();
        document.Dispose();
    }

    internal sealed class Sheet(Workbook workbook, WorksheetPart part, string name)
    {
        private readonly SheetData data = new();
        private readonly List<double> widths = [];
        private readonly List<DataValidation> validations = [];
        private uint rows;
        private int frozen;

        public string Name { get; } = name;

        /// <summary>Writes the next row; the header rows are bold (pass <paramref name="header"/>).</summary>
        public void AddRow(IReadOnlyList<object?> cells, bool header = false)
        {
            var index = ++rows;
            var row = new Row { RowIndex = index };
            for (var c = 0; c < cells.Count; c++)
            {
                if (Cell(cells[c], SpreadsheetColumns.CellName((int)index, c + 1), header) is { } cell)
                {
                    row.Append(cell);
                }
            }

            data.Append(row);
        }

        public void Freeze(int headerRows) => frozen = headerRows;

        public void Width(int column, double characters)
        {
            while (widths.Count < column)
            {
                widths.Add(0);
            }

            widths[column - 1] = characters;
        }

        /// <summary>
        /// A drop-down list on a column's cells from <paramref name="firstRow"/> to <paramref name="lastRow"/>, its values
        /// in <paramref name="listRange"/> (such as <c>'Lists'!$A$2:$A$15</c>). A strict list refuses other values; a
        /// loose one (for lists of several values, typed <c>digital;health</c>) offers the values and accepts any text.
        /// </summary>
        public void DropDown(int column, int firstRow, int lastRow, string listRange, bool strict, string? title = null, string? message = null)
        {
            var letters = SpreadsheetColumns.Letters(column);
            validations.Add(new DataValidation
            {
                Type = DataValidationValues.List,
                AllowBlank = true,
                ShowInputMessage = message is not null,
                PromptTitle = title is null ? null : Short(title, 32),
                Prompt = message is null ? null : Short(message, 255),
                ShowErrorMessage = strict,
                ErrorStyle = DataValidationErrorStyleValues.Stop,
                SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{letters}{firstRow}:{letters}{lastRow}" },
                Formula1 = new Formula1(listRange),
            });
        }

        internal void Save()
        {
            var worksheet = new Worksheet();
            if (frozen > 0)
            {
                worksheet.Append(new SheetViews(new SheetView(new Pane
                {
                    VerticalSplit = frozen,
                    TopLeftCell = $"A{frozen + 1}",
                    ActivePane = PaneValues.BottomLeft,
                    State = PaneStateValues.Frozen,
                })
                { WorkbookViewId = 0 }));
            }

            if (widths.Count > 0)
            {
                worksheet.Append(new Columns(widths.Select((w, i) => (w, i)).Where(c => c.w > 0)
                    .Select(c => new Column { Min = (uint)c.i + 1, Max = (uint)c.i + 1, Width = c.w, CustomWidth = true })));
            }

            worksheet.Append(data);
            if (validations.Count > 0)
            {
                worksheet.Append(new DataValidations(validations) { Count = (uint)validations.Count });
            }

            part.Worksheet = worksheet;
            part.Worksheet.Save();
        }

        private static string Short(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

        private Cell? Cell(object? value, string reference, bool header) => value switch
        {
            null => null,
            string text => Text(reference, text, header ? Bold : null),
            QuietText quiet => Text(reference, quiet.Text, Quiet),
            Share share => new Cell { CellReference = reference, StyleIndex = PercentStyle, CellValue = new CellValue(share.Value) },
            DateOnly date => new Cell { CellReference = reference, StyleIndex = DateStyle, CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate()) },
            bool flag => Text(reference, flag ? workbook.Yes : workbook.No, null),
            int n => new Cell { CellReference = reference, CellValue = new CellValue(n) },
            long n => new Cell { CellReference = reference, CellValue = new CellValue((decimal)n) },
            double d => new Cell { CellReference = reference, CellValue = new CellValue(d) },
            decimal d => new Cell { CellReference = reference, CellValue = new CellValue(d) },
            _ => Text(reference, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, null),
        };

        // Inline strings: no shared-string table to keep in memory while writing.
        private static Cell Text(string reference, string text, uint? style) => new()
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(SafeCellText(text)) { Space = SpaceProcessingModeValues.Preserve }),
            StyleIndex = style,
        };

        // XML cannot hold most control characters: a profile's text with them is written without them.
        private static string SafeCellText(string text) =>
            text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')) ? new string([.. text.Where(c => !char.IsControl(c) || c is '\t' or '\n' or '\r')]) : text;
    }

    private string Yes => UiText.Yes.Get(culture);

    private string No => UiText.No.Get(culture);
}
