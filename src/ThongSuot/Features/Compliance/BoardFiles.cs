using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Compliance;

/// <summary>
/// The board as .xlsx (sheets: the board, the rates, the sums) and as .csv (one table: the board rows, then the sums,
/// told apart by the "Phần" column). Cells hold the state's Vietnamese name, as the page shows it.
/// </summary>
public static class BoardFiles
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvType = "text/csv; charset=utf-8";
    public const string RowsPart = "Theo dõi", SumsPart = "Tổng cộng";
    public static readonly string[] SumHeader = ["Biểu mẫu", "Trường", "Đơn vị", "Tổng", "Số báo cáo"];
    public static readonly string[] RateHeader = ["Nhiệm vụ", "Số đơn vị", "Đã nhận trở lên", "Đã báo cáo trở lên", "Đã chấp thuận", "Quá hạn",
        "% đã nhận", "% đã báo cáo", "% chấp thuận"];

    public static string[] RowHeader(BoardDto b) => ["Tổ chức", "Loại tổ chức", .. b.Tasks.Select(t => t.Title)];

    public static string[] RowValues(BoardRowDto r) => [r.OrganizationName, r.Kind.Vietnamese(), .. r.Cells.Select(c => c?.StateName ?? "")];

    public static string Number(decimal d) => d.ToString("0.##########", CultureInfo.InvariantCulture);

    public static byte[] Csv(BoardDto b)
    {
        var rowHeader = RowHeader(b);
        string?[] header = ["Phần", .. rowHeader, .. SumHeader];
        var rows = b.Rows.Select(r => (IReadOnlyList<string?>)[RowsPart, .. RowValues(r), .. new string?[SumHeader.Length]])
            .Concat(b.Sums.Select(s => (IReadOnlyList<string?>)[SumsPart, .. new string?[rowHeader.Length], s.FormName, s.Label, s.Unit ?? "", Number(s.Total), s.Reports.ToString(CultureInfo.InvariantCulture)]));
        return CsvTable.Write(header!, rows);
    }

    public static byte[] Xlsx(BoardDto b)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            Sheet(workbook, sheets, 1, "Theo doi", [Row(b.Title), Row(RowHeader(b)), .. b.Rows.Select(r => Row(RowValues(r)))]);
            Sheet(workbook, sheets, 2, "Ti le", [Row(RateHeader), .. b.TaskRates.Zip(b.Tasks, (r, t) => Rate(t.Title, r)), Rate("Tất cả", b.Overall)]);
            Sheet(workbook, sheets, 3, "Tong hop", [Row(SumHeader), .. b.Sums.Select(s => Row(Text(s.FormName), Text(s.Label), Text(s.Unit ?? ""), Num(s.Total), Num(s.Reports)))]);
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    /// <summary>"Tết Nguyên đán Đinh Mùi 2027" → "tet-nguyen-dan-dinh-mui-2027".</summary>
    public static string Slug(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
            else if (c == 'đ') sb.Append('d');
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? "chien-dich" : slug[..Math.Min(slug.Length, 80)];
    }

    private static Row Rate(string title, BoardRateDto r) => Row(Text(title), Num(r.Assigned), Num(r.Acknowledged), Num(r.Reported), Num(r.Accepted),
        Num(r.Overdue), Num(r.AcknowledgedPercent), Num(r.ReportedPercent), Num(r.AcceptedPercent));

    private static void Sheet(WorkbookPart workbook, Sheets sheets, uint id, string name, IEnumerable<Row> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        foreach (var row in rows) data.Append(row);
        part.Worksheet = new Worksheet(data);
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static Row Row(params string[] values) => Row(values.Select(Text).ToArray());

    private static Row Row(params Cell[] cells)
    {
        var row = new Row();
        foreach (var c in cells) row.Append(c);
        return row;
    }

    // Inline strings are never evaluated, so a value that looks like a formula stays text.
    private static Cell Text(string value) =>
        new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }) };

    private static Cell Num(decimal value) => new() { DataType = CellValues.Number, CellValue = new CellValue(Number(value)) };
}
