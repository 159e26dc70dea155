using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ThongSuot.Features.Duty;

/// <summary>The roster as one .xlsx sheet: a title row, a header row, one row per shift (times in UTC+7 as text).</summary>
public static class RosterXlsx
{
    public static readonly string[] Header = ["Ngày", "Bắt đầu", "Kết thúc", "Vai trò", "Người trực", "Điện thoại", "Địa điểm"];

    public static byte[] Write(string title, IEnumerable<ShiftDto> shifts)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(title));
            data.Append(Row(Header));
            foreach (var s in shifts)
                data.Append(Row(s.Day, s.StartText, s.EndText, s.RoleName, s.PersonName, s.Phone ?? "", s.Place ?? ""));
            sheetPart.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Lich truc" });
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Row Row(params string[] values)
    {
        var row = new Row();
        foreach (var value in values)
        {
            // Values that look like formulas stay text: inline strings are never evaluated.
            row.Append(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }) });
        }
        return row;
    }
}
