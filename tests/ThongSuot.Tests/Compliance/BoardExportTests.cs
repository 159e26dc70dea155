using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ThongSuot.Features.Compliance;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Compliance.BoardTestKit;

namespace ThongSuot.Tests.Compliance;

public abstract class BoardExportTests(AppFactory app)
{
    private async Task<(BoardLetter Letter, HttpClient Client, JsonElement Board)> ArrangeAsync()
    {
        var orgs = await OrgsAsync(app);
        var letter = await LetterAsync(app, new DateOnly(2027, 1, 20), new DateOnly(2027, 2, 15));
        var form = ReadinessFormCatalog.OperatorId;
        await AssignAsync(app, letter, 0, orgs["VIETTEL"], AssignmentStatus.Pending);
        var a = await AssignAsync(app, letter, 1, orgs["VIETTEL"], AssignmentStatus.Submitted, form);
        await ReportAsync(app, a, 1, new DateTime(2027, 1, 12, 1, 0, 0, DateTimeKind.Utc), ReportReview.Pending, """{"mobile_bts_ready": 4, "capacity_added_gbps": 2.5}""");
        await AssignAsync(app, letter, 0, orgs["VNPT"], AssignmentStatus.Acknowledged);
        await AssignAsync(app, letter, 1, orgs["UBND-DONGHOI"], AssignmentStatus.Accepted);
        Clock(app).AdjustTime(new DateTimeOffset(2027, 1, 25, 3, 0, 0, TimeSpan.Zero));
        var client = await app.SignedInAsync("coordinator");
        return (letter, client, await GetJsonAsync(client, $"/api/v1/compliance/board?directiveId={letter.DirectiveId}"));
    }

    private static string[] Expected(JsonElement row) =>
        [row.GetProperty("organizationName").GetString()!, Enum.Parse<OrganizationKind>(row.GetProperty("kind").GetString()!).Vietnamese(),
         .. row.GetProperty("cells").EnumerateArray().Select(c => c.ValueKind == JsonValueKind.Null ? "" : c.GetProperty("stateName").GetString()!)];

    [Fact]
    public async Task XlsxOpensAndMatchesTheBoardCellForCell()
    {
        var (_, client, board) = await ArrangeAsync();
        var response = await client.GetAsync($"/api/v1/compliance/board.xlsx?directiveId={board.GetProperty("scopeId").GetGuid()}");
        response.EnsureSuccessStatusCode();
        Assert.Equal(BoardFiles.XlsxType, response.Content.Headers.ContentType!.MediaType);
        Assert.Matches(@"^bang-theo-doi-cong-van-\d+-SKHCN-BCVT\.xlsx$", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!.Trim('"'));

        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Theo doi", "Ti le", "Tong hop"], sheets.Select(s => s.Name!.Value!));
        var rows = Rows(document, sheets[0]);
        Assert.Equal(board.GetProperty("title").GetString(), rows[0][0]);
        Assert.Equal(["Tổ chức", "Loại tổ chức", .. board.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("title").GetString()!)], rows[1]);
        var expected = board.GetProperty("rows").EnumerateArray().Select(Expected).ToList();
        Assert.Equal(expected.Count, rows.Count - 2);
        for (var i = 0; i < expected.Count; i++) Assert.Equal(expected[i], rows[i + 2]);
        Assert.Contains(expected, r => r.Contains("Quá hạn"));

        var sums = Rows(document, sheets[2]);
        Assert.Equal(BoardFiles.SumHeader, sums[0]);
        var bts = sums.Single(r => r[1] == "Trạm BTS lưu động sẵn sàng");
        Assert.Equal(["trạm", "4", "1"], bts[2..]);
        Assert.Equal("2.5", sums.Single(r => r[1] == "Dung lượng tăng thêm trên các tuyến truyền dẫn")[3]);
        var rates = Rows(document, sheets[1]);
        Assert.Equal(board.GetProperty("overall").GetProperty("assigned").GetInt32().ToString(), rates[^1][1]);
    }

    [Fact]
    public async Task CsvParsesWithCsvTableAndMatchesTheBoard()
    {
        var (letter, client, board) = await ArrangeAsync();
        var response = await client.GetAsync($"/api/v1/compliance/board.csv?campaignId={letter.CampaignId}");
        response.EnsureSuccessStatusCode();
        Assert.Equal($"bang-theo-doi-{BoardFiles.Slug(letter.CampaignName)}.csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        var campaignBoard = await GetJsonAsync(client, $"/api/v1/compliance/board?campaignId={letter.CampaignId}");
        var tasks = campaignBoard.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("title").GetString()!).ToList();
        var (rows, errors) = CsvTable.Read(Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()), ["Phần", "Tổ chức", .. tasks, "Trường", "Tổng"]);
        Assert.Empty(errors);
        var boardRows = rows.Where(r => r["Phần"] == BoardFiles.RowsPart).ToList();
        var expected = campaignBoard.GetProperty("rows").EnumerateArray().Select(Expected).ToList();
        Assert.Equal(expected.Count, boardRows.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            string[] actual = [boardRows[i]["Tổ chức"] ?? "", boardRows[i]["Loại tổ chức"] ?? "", .. tasks.Select(t => boardRows[i][t] ?? "")];
            Assert.Equal(expected[i], actual);
        }
        var sums = rows.Where(r => r["Phần"] == BoardFiles.SumsPart).ToDictionary(r => r["Trường"]!);
        foreach (var s in campaignBoard.GetProperty("sums").EnumerateArray())
            Assert.Equal(BoardFiles.Number(s.GetProperty("total").GetDecimal()), sums[s.GetProperty("label").GetString()!]["Tổng"] ?? "0");
        Assert.Equal("4", sums["Trạm BTS lưu động sẵn sàng"]["Tổng"]);
    }

    private static List<string[]> Rows(SpreadsheetDocument document, Sheet sheet)
    {
        var part = (WorksheetPart)document.WorkbookPart!.GetPartById(sheet.Id!);
        return part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? "").ToArray())
            .ToList();
    }
}

public sealed class SqliteBoardExportTests(SqliteBoardAppFactory app) : BoardExportTests(app), IClassFixture<SqliteBoardAppFactory>;
