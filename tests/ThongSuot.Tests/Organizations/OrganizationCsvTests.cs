using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Audit;
using ThongSuot.Features.Organizations;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Organizations;

public abstract class OrganizationCsvTests(AppFactory app)
{
    private const string Header = "short_name,name,kind,parent_short_name,phone,email,hotline,address,area_codes";

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    [Fact]
    public async Task ExportThenImportOfTheSameFileChangesNothing()
    {
        await app.CreateOrgAsync(name: "Công ty \"Dấu ngoặc\", có phẩy; chấm phẩy");
        var client = await app.SignedInAsync("coordinator");
        var export = await client.GetAsync("/api/v1/organizations/export.csv");
        Assert.Equal("text/csv", export.Content.Headers.ContentType!.MediaType);
        var bytes = await export.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.StartsWith(Header, text.TrimStart('\uFEFF'));
        Assert.Contains("VNPT,VNPT Quảng Trị,TelecomOperator", text);

        var auditBefore = await app.WithDbAsync(db => db.Set<AuditEntry>().CountAsync());
        var orgsBefore = await app.WithDbAsync(db => db.Set<Organization>().CountAsync());
        var response = await client.PostAsync("/api/v1/organizations/import", new ByteArrayContent(bytes) { Headers = { ContentType = new("text/csv") } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = (await response.Content.ReadFromJsonAsync<OrganizationImportReport>(OrganizationsTestKit.Json))!;
        Assert.Equal((0, 0, orgsBefore), (report.Created, report.Updated, report.Unchanged));
        Assert.Equal(auditBefore, await app.WithDbAsync(db => db.Set<AuditEntry>().CountAsync()));
    }

    [Fact]
    public async Task ImportCreatesAndUpdatesWithParentsLaterInTheFile()
    {
        var child = OrganizationsTestKit.UniqueShortName("C");
        var parent = OrganizationsTestKit.UniqueShortName("P");
        var text = $"""
            {Header}
            {child},Đơn vị con,CommunePeoplesCommittee,{parent},0233 3999 111,con@example.vn,,,
            {parent},Đơn vị cha,ProvincialPeoplesCommittee,,,,'+84 233 3999 222,"Số 1, đường A",
            VNPT,VNPT Quảng Trị,TelecomOperator,,,,0233 3000 102,,
            """;
        var client = await app.SignedInAsync("admin");
        var response = await client.PostAsync("/api/v1/organizations/import", Csv(text));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = (await response.Content.ReadFromJsonAsync<OrganizationImportReport>(OrganizationsTestKit.Json))!;
        Assert.Equal(2, report.Created);
        var stored = await app.OrgAsync(child);
        Assert.Equal(await app.OrgIdAsync(parent), stored.ParentId);
        var parentOrg = await app.OrgAsync(parent);
        // The apostrophe export puts before "+" is dropped; the number is stored in its national form.
        Assert.Equal(("0233 3999 222", "Số 1, đường A"), (parentOrg.Hotline, parentOrg.Address));
    }

    [Fact]
    public async Task FileWithOneBadLineWritesNothingAndNamesTheLine()
    {
        var good = OrganizationsTestKit.UniqueShortName("G");
        var text = $"""
            {Header}
            {good},Đơn vị tốt,Other,,,,,,
            {OrganizationsTestKit.UniqueShortName("B")},Đơn vị lỗi,Bakery,KHONGCO,,sai-email,,,XX999
            {good},Trùng tên viết tắt,Other,,,,,,
            """;
        var client = await app.SignedInAsync("coordinator");
        var auditBefore = await app.WithDbAsync(db => db.Set<AuditEntry>().CountAsync());
        var response = await client.PostAsync("/api/v1/organizations/import", Csv(text));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var lines = (await response.ProblemAsync()).GetProperty("lines").EnumerateArray()
            .Select(e => (Line: e.GetProperty("line").GetInt32(), Column: e.GetProperty("column").GetString())).ToList();
        Assert.Contains((3, "kind"), lines);
        Assert.Contains((3, "email"), lines);
        Assert.Contains((3, "area_codes"), lines);
        Assert.Contains((4, "short_name"), lines);
        Assert.False(await app.WithDbAsync(db => db.Set<Organization>().AnyAsync(o => o.ShortName == good)));
        Assert.Equal(auditBefore, await app.WithDbAsync(db => db.Set<AuditEntry>().CountAsync()));
    }

    [Fact]
    public async Task UnknownParentAndCyclesInTheFileAreReported()
    {
        var a = OrganizationsTestKit.UniqueShortName("A");
        var b = OrganizationsTestKit.UniqueShortName("B");
        var text = $"{Header}\n{a},A,Other,{b},,,,,\n{b},B,Other,{a},,,,,\n{OrganizationsTestKit.UniqueShortName()},C,Other,KHONGCO,,,,,\n";
        var client = await app.SignedInAsync("coordinator");
        var response = await client.PostAsync("/api/v1/organizations/import", Csv(text));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var lines = (await response.ProblemAsync()).GetProperty("lines").EnumerateArray().Select(e => e.GetProperty("line").GetInt32()).ToList();
        Assert.Equal([2, 3, 4], lines.Distinct().Order());
    }

    [Fact]
    public async Task ImportPageShowsTheLineErrorsAndTheCounts()
    {
        var client = await app.SignedInAsync("admin");
        var token = await SignIn.AntiforgeryTokenAsync(client, "/Organizations/Import");
        async Task<string> UploadAsync(string csv)
        {
            var form = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "Upload", "to-chuc.csv" },
            };
            var response = await client.PostAsync("/Organizations/Import", form);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        }
        var bad = await UploadAsync($"{Header}\n{OrganizationsTestKit.UniqueShortName()},,Other,,,,,,\n");
        Assert.Contains("Tên tổ chức là bắt buộc.", bad);
        Assert.Contains("<td>2</td>", bad);
        var ok = await UploadAsync($"{Header}\n{OrganizationsTestKit.UniqueShortName()},Đơn vị mới,Other,,,,,,\n");
        Assert.Contains("1 thêm mới", ok);
    }

    [Fact]
    public async Task MultipartImportByCookieNeedsTheAntiforgeryToken()
    {
        var client = await app.SignedInAsync("admin");
        client.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");
        var shortName = OrganizationsTestKit.UniqueShortName();
        var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes($"{Header}\n{shortName},X,Other,,,,,,\n")), "file", "x.csv" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/v1/organizations/import", form)).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Set<Organization>().AnyAsync(o => o.ShortName == shortName)));
    }
}

public sealed class OrganizationCsvTestsOnSqlite(OwnSqliteAppFactory app) : OrganizationCsvTests(app), IClassFixture<OwnSqliteAppFactory>;
