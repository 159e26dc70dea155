using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Areas;
using ThongSuot.Features.Audit;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Areas.AreaTestData;

namespace ThongSuot.Tests.Areas;

public abstract class AreaImportApiTests(AppFactory app)
{
    private Task<List<Area>> AreasWithCodesAsync(params string[] codes) =>
        app.WithDbAsync(db => db.Set<Area>().Include(a => a.Parent).Where(a => codes.Contains(a.Code)).ToListAsync());

    [Fact]
    public async Task ImportCreatesCommunesUnderTheirProvinceAndAuditsThem()
    {
        var client = await app.SignedInAsync("coordinator");
        var response = await PostCsvAsync(client, Csv(
            "71001,Phường Thử Một,Phường,44,01/07/2025,",
            "71002,Thử Hai,XA,44,2025-07-01,",
            "71003,Thử Ba,SpecialZone,44,,"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal(3, body.GetProperty("created").GetInt32());
        Assert.Equal(0, body.GetProperty("updated").GetInt32());

        var rows = await AreasWithCodesAsync("71001", "71002", "71003");
        Assert.Equal(3, rows.Count);
        Assert.All(rows, a => Assert.Equal("Quảng Trị", a.Parent!.Name));
        Assert.Equal("Thử Một", rows.Single(a => a.Code == "71001").Name);
        Assert.Equal([AreaKind.Ward, AreaKind.Commune, AreaKind.SpecialZone], rows.OrderBy(a => a.Code).Select(a => a.Kind));
        var ids = rows.Select(a => a.Id.ToString()).ToList();
        var audit = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.EntityType == nameof(Area) && ids.Contains(e.EntityId)).ToListAsync());
        Assert.Equal(3, audit.Count);
        Assert.All(audit, e => Assert.Equal(("coordinator", AuditAction.Create), (e.UserName, e.Action)));
    }

    [Theory]
    [InlineData("71102,Thử,làng,44,,", "kind")]
    [InlineData("71102,Thử,xã,99,,", "province_code")]
    [InlineData("71102,,xã,44,,", "name")]
    [InlineData("71102,TOO_LONG,xã,44,,", "name")]
    [InlineData("71101,Trùng mã,xã,44,,", "code")]
    [InlineData("71102,Thử,xã,44,31/02/2025,", "valid_from")]
    [InlineData("71102,Thử,xã,44,01/07/2025,01/01/2025", "valid_to")]
    [InlineData("7110X,Thử,xã,44,,", "code")]
    [InlineData("71102,Thử,tỉnh,44,,", "kind")]
    [InlineData("711,Thử,huyện,99,2020-01-01,2025-07-01", "province_code")]
    [InlineData("71102,\"Thử,xã,44,,", "")]
    public async Task FileWithOneBadLineImportsNothingAndReportsThatLine(string badLine, string column)
    {
        var client = await app.SignedInAsync("admin");
        var csv = Csv("71101,Tốt,xã,44,,", badLine.Replace("TOO_LONG", new string('a', 201)), "71103,Cũng tốt,phường,44,,");
        var response = await PostCsvAsync(client, csv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await JsonAsync(response);
        var lines = body.GetProperty("lines").EnumerateArray().ToList();
        Assert.Contains(lines, l => l.GetProperty("line").GetInt32() == 3 && l.GetProperty("column").GetString() == column);
        Assert.All(lines, l => Assert.Equal(3, l.GetProperty("line").GetInt32()));
        Assert.True(body.GetProperty("errors").EnumerateObject().Any());
        Assert.Empty(await AreasWithCodesAsync("71101", "71102", "71103"));
    }

    [Fact]
    public async Task ReimportingTheSameFileChangesNothingAndAChangedNameUpdates()
    {
        var client = await app.SignedInAsync("admin");
        var csv = Csv("71201,Lặp Một,xã,44,,", "71202,Lặp Hai,phường,44,01/07/2025,");
        Assert.Equal(HttpStatusCode.OK, (await PostCsvAsync(client, csv)).StatusCode);
        var ids = (await AreasWithCodesAsync("71201", "71202")).Select(a => a.Id.ToString()).ToList();
        Task<int> AuditCountAsync() => app.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(e => ids.Contains(e.EntityId)));
        var auditBefore = await AuditCountAsync();

        var again = await JsonAsync(await PostCsvAsync(client, csv));
        Assert.Equal((0, 0, 2), (again.GetProperty("created").GetInt32(), again.GetProperty("updated").GetInt32(), again.GetProperty("unchanged").GetInt32()));
        Assert.Equal(auditBefore, await AuditCountAsync());

        var renamed = await JsonAsync(await PostCsvAsync(client, Csv("71201,Lặp Một Mới,phường,44,,")));
        Assert.Equal(1, renamed.GetProperty("updated").GetInt32());
        var row = Assert.Single(await AreasWithCodesAsync("71201"));
        Assert.Equal(("Lặp Một Mới", AreaKind.Ward), (row.Name, row.Kind));
        Assert.Equal(auditBefore + 1, await AuditCountAsync());
    }

    [Fact]
    public async Task MultipartUploadWithSemicolonsAndBomImports()
    {
        var client = await app.SignedInAsync("coordinator");
        var csv = "\uFEFFcode;name;kind;province_code\r\n71301;\"Dấu; chấm phẩy\";xã;44\r\n";
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "xa.csv");
        var response = await client.PostAsync("/api/v1/areas/import", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Dấu; chấm phẩy", Assert.Single(await AreasWithCodesAsync("71301")).Name);
    }

    [Fact]
    public async Task PreviewChecksWithoutWriting()
    {
        var client = await app.SignedInAsync("admin");
        var response = await client.PostAsync("/api/v1/areas/import?preview=true", new StringContent(Csv("71401,Xem trước,xã,44,,"), Encoding.UTF8, "text/csv"));
        Assert.Equal(1, (await JsonAsync(response)).GetProperty("created").GetInt32());
        Assert.Empty(await AreasWithCodesAsync("71401"));
    }

    [Theory]
    [InlineData("viettel")]
    [InlineData("viewer")]
    [InlineData("leader")]
    public async Task OnlyDirectoryManagersMayImportOrCreate(string userName)
    {
        var client = await app.SignedInAsync(userName);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostCsvAsync(client, Csv("71501,Cấm,xã,44,,"))).StatusCode);
        var create = await client.PostAsync("/api/v1/areas", new StringContent("""{"code":"71502","name":"Cấm","kind":"xã","provinceCode":"44"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        var existing = (await AreasWithCodesAsync("44")).First();
        var update = await client.PutAsync($"/api/v1/areas/{existing.Id}", new StringContent("""{"code":"44","name":"Đổi","kind":"tỉnh"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Forbidden, update.StatusCode);
        Assert.Empty(await AreasWithCodesAsync("71501", "71502"));
        Assert.DoesNotContain(await AreasWithCodesAsync("44"), a => a.Name == "Đổi");
    }

    [Fact]
    public async Task ImportWithoutAFileIs400AndOtherMediaTypesAre415()
    {
        var client = await app.SignedInAsync("admin");
        var json = await client.PostAsync("/api/v1/areas/import", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        var empty = await PostCsvAsync(client, "");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        using var form = new MultipartFormDataContent { { new StringContent("x"), "other" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/v1/areas/import", form)).StatusCode);
        var headerOnly = await PostCsvAsync(client, Header);
        Assert.Equal(HttpStatusCode.BadRequest, headerOnly.StatusCode);
        var missingColumn = await JsonAsync(await PostCsvAsync(client, "code,name\r\n71601,Thiếu\r\n"));
        Assert.Contains(missingColumn.GetProperty("lines").EnumerateArray(), l => l.GetProperty("column").GetString() == "kind");
    }
}

public sealed class AreaImportApiTestsOnSqlite(SqliteAppFactory app) : AreaImportApiTests(app), IClassFixture<SqliteAppFactory>;
