using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Areas;
using ThongSuot.Features.KeySites;
using ThongSuot.Features.Organizations;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Api;

/// <summary>
/// Hundreds of bad requests against the write APIs: broken JSON, wrong types, missing fields, huge strings,
/// other organisations' ids, HTML and SQL fragments. None may get a 5xx or a 2xx, and no table may change.
/// </summary>
public abstract class MalformedRequestsTests(AppFactory app)
{
    private sealed record Probe(HttpClient Client, string Who, HttpMethod Method, string Url, HttpContent? Content, string What);

    [Fact]
    public async Task NoneGetsA5xxAndNothingIsWritten()
    {
        var coordinator = await app.SignedInAsync("coordinator");
        var viettel = await app.SignedInAsync("viettel");
        var admin = await app.SignedInAsync("admin");
        var vnptId = await app.WithDbAsync(db => db.Set<Organization>().Where(o => o.ShortName == "VNPT").Select(o => o.Id).SingleAsync());
        var ids = await app.WithDbAsync(async db => new
        {
            Vnpt = vnptId,
            VnptPerson = await db.Set<Person>().Where(p => p.OrganizationId == vnptId).Select(p => p.Id).FirstAsync(),
            Site = await db.Set<KeySite>().Select(s => s.Id).FirstAsync(),
            Commune = await db.Set<Area>().Where(a => a.Kind == AreaKind.Ward).Select(a => a.Id).FirstAsync(),
        });
        var probes = new List<Probe>();
        void Json(HttpClient client, string who, HttpMethod method, string url, IEnumerable<(string What, HttpContent Content)> bodies)
        {
            foreach (var (what, content) in bodies) probes.Add(new(client, who, method, url, content, what));
        }

        Json(coordinator, "coordinator", HttpMethod.Post, "/api/v1/organizations", Generic().Concat(OrganizationBodies()));
        Json(coordinator, "coordinator", HttpMethod.Put, $"/api/v1/organizations/{ids.Vnpt}", Generic().Concat(OrganizationBodies()));
        Json(coordinator, "coordinator", HttpMethod.Post, $"/api/v1/organizations/{ids.Vnpt}/people", Generic().Concat(PersonBodies()));
        Json(coordinator, "coordinator", HttpMethod.Put, $"/api/v1/people/{ids.VnptPerson}", Generic().Concat(PersonBodies()));
        Json(coordinator, "coordinator", HttpMethod.Post, "/api/v1/keysites", Generic().Concat(KeySiteBodies()));
        Json(coordinator, "coordinator", HttpMethod.Put, $"/api/v1/keysites/{ids.Site}", Generic().Concat(KeySiteBodies()));
        Json(coordinator, "coordinator", HttpMethod.Post, "/api/v1/areas", Generic().Concat(AreaBodies()));
        Json(coordinator, "coordinator", HttpMethod.Put, $"/api/v1/areas/{ids.Commune}", Generic().Concat(AreaBodies()));
        Json(coordinator, "coordinator", HttpMethod.Post, "/api/v1/areas/import", AreaCsvFiles());
        Json(coordinator, "coordinator", HttpMethod.Post, "/api/v1/organizations/import", OrganizationCsvFiles());

        Json(admin, "admin", HttpMethod.Post, "/api/v1/users", Generic().Concat(UserBodies(vnptId)));
        Json(admin, "admin", HttpMethod.Post, "/api/v1/apikeys", Generic().Concat(ApiKeyBodies()));

        // A member, with well-formed bodies aimed at another organisation's records or at province-wide writes.
        Json(viettel, "viettel", HttpMethod.Put, $"/api/v1/organizations/{ids.Vnpt}", [("valid body, VNPT's id", Body("""{"name":"VNPT bị sửa","shortName":"VNPT","kind":"TelecomOperator","hotline":"0233 3999 000"}"""))]);
        Json(viettel, "viettel", HttpMethod.Post, $"/api/v1/organizations/{ids.Vnpt}/people", [("person for VNPT", Body("""{"fullName":"Người lạ"}"""))]);
        Json(viettel, "viettel", HttpMethod.Put, $"/api/v1/people/{ids.VnptPerson}", [("VNPT's person", Body("""{"fullName":"Đổi tên"}"""))]);
        Json(viettel, "viettel", HttpMethod.Post, "/api/v1/organizations", [("create organisation", Body("""{"name":"Tổ chức mới","shortName":"MOI","kind":"Other"}"""))]);
        Json(viettel, "viettel", HttpMethod.Post, "/api/v1/keysites", [("create key site", Body("""{"name":"Điểm mới","kind":"CrowdedPlace"}"""))]);
        Json(viettel, "viettel", HttpMethod.Post, "/api/v1/areas", [("create area", Body("""{"code":"19999","name":"Xã Mới","kind":"Commune","provinceCode":"44"}"""))]);
        Json(viettel, "viettel", HttpMethod.Post, "/api/v1/areas/import", [("import areas", Csv("code,name,kind,province_code\n19998,Xã Mới,xã,44\n"))]);
        Json(viettel, "viettel", HttpMethod.Post, "/api/v1/apikeys", [("key for VNPT", Body($$"""{"name":"Khóa lạ","kind":"Organization","organizationId":"{{ids.Vnpt}}","role":"Member"}""")),
            ("key above Member", Body("""{"name":"Khóa cao","kind":"Organization","role":"Admin"}"""))]);
        Json(viettel, "viettel", HttpMethod.Post, "/api/v1/users", [("create user", Body($$"""{"userName":"ke-gian","fullName":"Kẻ Gian","organizationId":"{{ids.Vnpt}}","role":"Admin","password":"Mat-khau-2026x"}"""))]);
        probes.Add(new(viettel, "viettel", HttpMethod.Delete, $"/api/v1/organizations/{ids.Vnpt}", null, "delete VNPT"));
        probes.Add(new(viettel, "viettel", HttpMethod.Delete, $"/api/v1/people/{ids.VnptPerson}", null, "delete VNPT's person"));
        probes.Add(new(viettel, "viettel", HttpMethod.Delete, $"/api/v1/keysites/{ids.Site}", null, "delete key site"));

        // Ids that are not ids.
        foreach (var badId in new[] { "1' OR '1'='1", "<script>alert(1)</script>", "00000000-0000-0000-0000-000000000000", Guid.NewGuid().ToString(), "-1", new string('9', 5000) })
        {
            var id = Uri.EscapeDataString(badId);
            probes.Add(new(coordinator, "coordinator", HttpMethod.Put, $"/api/v1/organizations/{id}", Body("""{"name":"X","shortName":"X","kind":"Other"}"""), "bad id " + badId[..Math.Min(20, badId.Length)]));
            probes.Add(new(coordinator, "coordinator", HttpMethod.Delete, $"/api/v1/keysites/{id}", null, "bad id " + badId[..Math.Min(20, badId.Length)]));
        }

        Assert.True(probes.Count >= 200, $"only {probes.Count} probes");
        var before = await RowCountsAsync();
        var failures = new List<string>();
        foreach (var probe in probes)
        {
            using var request = new HttpRequestMessage(probe.Method, probe.Url) { Content = probe.Content };
            using var response = await probe.Client.SendAsync(request);
            var status = (int)response.StatusCode;
            if (status is < 400 or >= 500)
                failures.Add($"{status} {probe.Who} {probe.Method} {probe.Url} [{probe.What}]: {Shorten(await response.Content.ReadAsStringAsync())}");
        }
        var after = await RowCountsAsync();

        Assert.True(failures.Count == 0, $"{failures.Count} of {probes.Count} requests were not refused with a 4xx:\n" + string.Join("\n", failures));
        Assert.Equal(before, after);
    }

    private static string Shorten(string s) => s.Length > 300 ? s[..300] + "…" : s;

    private async Task<Dictionary<string, long>> RowCountsAsync() => await app.WithDbAsync(async db =>
    {
        var counts = new Dictionary<string, long>();
        var conn = db.Database.GetDbConnection();
        await conn.OpenAsync();
        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).Distinct())
        {
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table!] = Convert.ToInt64(await cmd.ExecuteScalarAsync());
        }
        await conn.CloseAsync();
        return counts;
    });

    private static StringContent Body(string json, string mediaType = "application/json") => new(json, Encoding.UTF8, mediaType);

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    private static readonly string Huge = new('A', 100_000);
    private const string Script = "<script>alert('x')</script>";
    private const string Sql = "x'); DROP TABLE \\\"Organizations\\\";--";

    /// <summary>Bodies that are wrong whatever the endpoint.</summary>
    private static IEnumerable<(string, HttpContent)> Generic()
    {
        yield return ("empty body", Body(""));
        yield return ("broken JSON", Body("{\"name\": "));
        yield return ("unterminated string", Body("{\"name\": \"abc"));
        yield return ("array", Body("[]"));
        yield return ("null", Body("null"));
        yield return ("string", Body("\"text\""));
        yield return ("number", Body("123"));
        yield return ("empty object", Body("{}"));
        yield return ("only whitespace", Body("   "));
        yield return ("trailing garbage", Body("{} {}"));
        yield return ("deep nesting", Body(string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200)));
        yield return ("invalid UTF-8", new ByteArrayContent([0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0xFF, 0x7D]) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } });
        yield return ("XML", Body("<organization><name>x</name></organization>", "application/xml"));
        yield return ("form encoded", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "x" }));
        yield return ("SQL as body", Body("'; DELETE FROM \"AuditEntries\";--"));
    }

    private static IEnumerable<(string, HttpContent)> OrganizationBodies()
    {
        yield return ("wrong types", Body("""{"name":123,"shortName":true,"kind":[],"parentId":"not-a-guid","areaIds":"x"}"""));
        yield return ("missing name", Body("""{"shortName":"ABC","kind":"Other"}"""));
        yield return ("huge name", Body($$"""{"name":"{{Huge}}","shortName":"HUGE","kind":"Other"}"""));
        yield return ("HTML short name", Body($$"""{"name":"Tên","shortName":"{{Script}}","kind":"Other"}"""));
        yield return ("SQL in kind", Body($$"""{"name":"{{Sql}}","shortName":"SQL","kind":"'; DELETE FROM x;--"}"""));
        yield return ("unknown kind", Body("""{"name":"Tàu vũ trụ","shortName":"TVT","kind":"Spaceship"}"""));
        yield return ("numeric kind", Body("""{"name":"Số","shortName":"SO","kind":"5"}"""));
        yield return ("unknown parent", Body($$"""{"name":"Con","shortName":"CON","kind":"Other","parentId":"{{Guid.NewGuid()}}"}"""));
        yield return ("unknown area", Body($$"""{"name":"Vùng","shortName":"VUNG","kind":"Other","areaIds":["{{Guid.NewGuid()}}"]}"""));
        yield return ("bad email", Body("""{"name":"Thư","shortName":"THU","kind":"Other","email":"not an email <b>"}"""));
        yield return ("bad phone", Body("""{"name":"Điện thoại","shortName":"DT","kind":"Other","phone":"call me maybe; DROP"}"""));
        yield return ("duplicate short name", Body("""{"name":"Trùng","shortName":"VIETTEL","kind":"TelecomOperator"}"""));
        yield return ("huge short name", Body($$"""{"name":"Dài","shortName":"{{new string('X', 500)}}","kind":"Other"}"""));
    }

    private static IEnumerable<(string, HttpContent)> UserBodies(Guid organizationId)
    {
        yield return ("wrong types", Body("""{"userName":1,"fullName":[],"organizationId":"x","role":5,"password":true}"""));
        yield return ("weak password", Body($$"""{"userName":"yeu","fullName":"Mật Khẩu Yếu","organizationId":"{{organizationId}}","role":"Member","password":"123"}"""));
        yield return ("unknown role", Body($$"""{"userName":"vaitro","fullName":"Vai Trò Lạ","organizationId":"{{organizationId}}","role":"Emperor","password":"Mat-khau-2026x"}"""));
        yield return ("unknown organisation", Body($$"""{"userName":"khongdonvi","fullName":"Không Đơn Vị","organizationId":"{{Guid.NewGuid()}}","role":"Member","password":"Mat-khau-2026x"}"""));
        yield return ("HTML user name", Body($$"""{"userName":"{{Script}}","fullName":"X","organizationId":"{{organizationId}}","role":"Member","password":"Mat-khau-2026x"}"""));
        yield return ("duplicate user name", Body($$"""{"userName":"viettel","fullName":"Trùng","organizationId":"{{organizationId}}","role":"Member","password":"Mat-khau-2026x"}"""));
        yield return ("huge full name", Body($$"""{"userName":"dai","fullName":"{{Huge}}","organizationId":"{{organizationId}}","role":"Member","password":"Mat-khau-2026x"}"""));
    }

    private static IEnumerable<(string, HttpContent)> ApiKeyBodies()
    {
        yield return ("wrong types", Body("""{"name":7,"kind":"Sometimes","organizationId":12,"role":[]}"""));
        yield return ("missing name", Body("""{"kind":"Personal"}"""));
        yield return ("unknown organisation", Body($$"""{"name":"Khóa","kind":"Organization","organizationId":"{{Guid.NewGuid()}}","role":"Member"}"""));
        yield return ("unknown role", Body("""{"name":"Khóa","kind":"Organization","role":"'; DROP TABLE "ApiKeys";--"}"""));
        yield return ("huge name", Body($$"""{"name":"{{Huge}}","kind":"Personal"}"""));
    }

    private static IEnumerable<(string, HttpContent)> PersonBodies()
    {
        yield return ("wrong types", Body("""{"fullName":42,"title":{},"phone":[1],"email":false}"""));
        yield return ("missing name", Body("""{"title":"Trưởng phòng"}"""));
        yield return ("blank name", Body("""{"fullName":"   "}"""));
        yield return ("huge name", Body($$"""{"fullName":"{{Huge}}"}"""));
        yield return ("bad email", Body($$"""{"fullName":"Nguyễn Văn Thử","email":"{{Script}}"}"""));
        yield return ("bad phone", Body($$"""{"fullName":"Nguyễn Văn Thử","phone":"{{Sql}}"}"""));
    }

    private static IEnumerable<(string, HttpContent)> KeySiteBodies()
    {
        yield return ("wrong types", Body("""{"name":1,"kind":2,"latitude":"north","longitude":true}"""));
        yield return ("missing name", Body("""{"kind":"CrowdedPlace"}"""));
        yield return ("unknown kind", Body("""{"name":"Điểm","kind":"Volcano"}"""));
        yield return ("latitude out of range", Body("""{"name":"Điểm","kind":"CrowdedPlace","latitude":123,"longitude":106}"""));
        yield return ("outside Vietnam", Body("""{"name":"Paris","kind":"CrowdedPlace","latitude":48.85,"longitude":2.35}"""));
        yield return ("latitude without longitude", Body("""{"name":"Điểm","kind":"CrowdedPlace","latitude":16.8}"""));
        yield return ("number overflow", Body("""{"name":"Điểm","kind":"CrowdedPlace","latitude":1e400,"longitude":106}"""));
        yield return ("NaN", Body("""{"name":"Điểm","kind":"CrowdedPlace","latitude":"NaN","longitude":106}"""));
        yield return ("unknown area", Body($$"""{"name":"Điểm","kind":"CrowdedPlace","areaId":"{{Guid.NewGuid()}}"}"""));
        yield return ("huge name", Body($$"""{"name":"{{Huge}}","kind":"CrowdedPlace"}"""));
        yield return ("SQL in kind", Body("""{"name":"Điểm","kind":"1; DROP TABLE \"KeySites\""}"""));
    }

    private static IEnumerable<(string, HttpContent)> AreaBodies()
    {
        yield return ("wrong types", Body("""{"code":19001,"name":[],"kind":{},"validFrom":"yesterday"}"""));
        yield return ("missing code", Body("""{"name":"Xã Thiếu Mã","kind":"Commune","provinceCode":"44"}"""));
        yield return ("unknown kind", Body("""{"code":"19901","name":"Xã Lạ","kind":"Galaxy","provinceCode":"44"}"""));
        yield return ("unknown province", Body("""{"code":"19902","name":"Xã Lạ","kind":"Commune","provinceCode":"99"}"""));
        yield return ("end before start", Body("""{"code":"19903","name":"Xã Lạ","kind":"Commune","provinceCode":"44","validFrom":"2026-01-01","validTo":"2025-01-01"}"""));
        yield return ("bad date", Body("""{"code":"19904","name":"Xã Lạ","kind":"Commune","provinceCode":"44","validFrom":"31/02/2026"}"""));
        yield return ("huge name", Body($$"""{"code":"19905","name":"{{Huge}}","kind":"Commune","provinceCode":"44"}"""));
        yield return ("HTML code", Body($$"""{"code":"{{Script}}","name":"Xã","kind":"Commune","provinceCode":"44"}"""));
        yield return ("SQL code", Body("""{"code":"1' OR 1=1","name":"Xã","kind":"Commune","provinceCode":"44"}"""));
    }

    private static IEnumerable<(string, HttpContent)> AreaCsvFiles()
    {
        yield return ("empty file", Csv(""));
        yield return ("header only, wrong columns", Csv("ma,ten\n"));
        yield return ("one bad kind among good lines", Csv("code,name,kind,province_code\n19801,Xã Một,xã,44\n19802,Xã Hai,hành tinh,44\n"));
        yield return ("unknown province", Csv("code,name,kind,province_code\n19803,Xã Ba,xã,77\n"));
        yield return ("broken quoting", Csv("code,name,kind,province_code\n19804,\"Xã Bốn,xã,44\n"));
        yield return ("duplicate code", Csv("code,name,kind,province_code\n19805,Xã Năm,xã,44\n19805,Xã Năm Bis,xã,44\n"));
        yield return ("SQL and HTML", Csv($"code,name,kind,province_code\n19806,{Script},xã,'; DROP TABLE x;--\n"));
        yield return ("huge field", Csv($"code,name,kind,province_code\n19807,{Huge},xã,44\n"));
        yield return ("binary", new ByteArrayContent([0, 1, 2, 0xFF, 0xFE, 0x00]) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } });
        yield return ("JSON instead of CSV", Body("""{"code":"19808"}"""));
    }

    private static IEnumerable<(string, HttpContent)> OrganizationCsvFiles()
    {
        const string header = "short_name,name,kind,parent_short_name,phone,email,hotline,address,area_codes\n";
        yield return ("empty file", Csv(""));
        yield return ("missing columns", Csv("short_name,name\nABC,Tên\n"));
        yield return ("unknown kind among good lines", Csv(header + "MOI1,Tổ chức Một,Other,,,,,,\nMOI2,Tổ chức Hai,Spaceship,,,,,,\n"));
        yield return ("unknown parent", Csv(header + "MOI3,Tổ chức Ba,Other,KHONGCO,,,,,\n"));
        yield return ("unknown area code", Csv(header + "MOI4,Tổ chức Bốn,Other,,,,,,00000\n"));
        yield return ("bad email", Csv(header + "MOI5,Tổ chức Năm,Other,,,not-an-email,,,\n"));
        yield return ("duplicate short name in file", Csv(header + "MOI6,Một,Other,,,,,,\nMOI6,Hai,Other,,,,,,\n"));
        yield return ("parent cycle", Csv(header + "MOI7,Bảy,Other,MOI8,,,,,\nMOI8,Tám,Other,MOI7,,,,,\n"));
        yield return ("HTML short name", Csv(header + $"\"{Script}\",Tên,Other,,,,,,\n"));
        yield return ("huge name", Csv(header + $"MOI9,{Huge},Other,,,,,,\n"));
    }
}

public sealed class MalformedRequestsTestsOnSqlite(SqliteAppFactory app) : MalformedRequestsTests(app), IClassFixture<SqliteAppFactory>;

public sealed class MalformedRequestsTestsOnPostgres(PostgresAppFactory app) : MalformedRequestsTests(app), IClassFixture<PostgresAppFactory>;
