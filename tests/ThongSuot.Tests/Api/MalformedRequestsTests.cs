using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Areas;
using ThongSuot.Features.KeySites;
using ThongSuot.Features.Organizations;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Api.ProbeBody;

namespace ThongSuot.Tests.Api;

/// <summary>
/// Bad requests against the directory, area, user and API-key write APIs: broken JSON, wrong types, missing fields,
/// huge strings, other organisations' ids, HTML and SQL fragments. Each gets its exact status (and, for a 400, the
/// fields the client must fix), and no table gains or loses a row.
/// </summary>
public abstract class MalformedRequestsTests(AppFactory app)
{
    public static TheoryData<string> Rows => Table.Rows;

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task IsRefusedWithItsStatusAndFieldsAndWritesNothing(string probe)
    {
        var p = Table[probe];
        var placeholders = await app.OnceAsync("api-probes", () => PlaceholdersAsync(app));
        await ProbeRunner.AssertRefusedAsync(app, await app.SignedInOnceAsync(p.Who), p, placeholders);
    }

    private static async Task<IReadOnlyDictionary<string, string>> PlaceholdersAsync(AppFactory app) => await app.WithDbAsync(async db =>
    {
        var vnpt = await db.Set<Organization>().Where(o => o.ShortName == "VNPT").Select(o => o.Id).SingleAsync();
        return (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
        {
            ["vnpt"] = vnpt.ToString(),
            ["nines"] = new string('9', 5000),
            ["vnptPerson"] = (await db.Set<Person>().Where(p => p.OrganizationId == vnpt).OrderBy(p => p.FullName).Select(p => p.Id).FirstAsync()).ToString(),
            ["site"] = (await db.Set<KeySite>().OrderBy(s => s.Name).Select(s => s.Id).FirstAsync()).ToString(),
            ["commune"] = (await db.Set<Area>().Where(a => a.Kind == AreaKind.Ward).OrderBy(a => a.Code).Select(a => a.Id).FirstAsync()).ToString(),
        };
    });

    private static readonly string Huge = new('A', 100_000);
    private const string Script = "<script>alert('x')</script>";
    private const string Sql = "x'); DROP TABLE \\\"Organizations\\\";--";

    private static RequestProbe P(string who, string method, string route, string what, Func<Func<string, string>, HttpContent>? body, int status, params string[] fields) =>
        new(who, method, route, what, body, status, fields);

    private static readonly ProbeTable Table = new([
        .. Generic("coordinator", "POST", "/api/v1/organizations", ["name", "shortName", "kind"]),
        .. Generic("coordinator", "PUT", "/api/v1/organizations/{vnpt}", ["name", "shortName", "kind"]),
        .. OrganizationBodies("coordinator", "POST", "/api/v1/organizations"),
        .. OrganizationBodies("coordinator", "PUT", "/api/v1/organizations/{vnpt}"),
        .. Generic("coordinator", "POST", "/api/v1/organizations/{vnpt}/people", ["fullName"]),
        .. Generic("coordinator", "PUT", "/api/v1/people/{vnptPerson}", ["fullName"]),
        .. PersonBodies("coordinator", "POST", "/api/v1/organizations/{vnpt}/people"),
        .. PersonBodies("coordinator", "PUT", "/api/v1/people/{vnptPerson}"),
        .. Generic("coordinator", "POST", "/api/v1/keysites", ["name", "kind"]),
        .. Generic("coordinator", "PUT", "/api/v1/keysites/{site}", ["name", "kind"]),
        .. KeySiteBodies("coordinator", "POST", "/api/v1/keysites"),
        .. KeySiteBodies("coordinator", "PUT", "/api/v1/keysites/{site}"),
        .. Generic("coordinator", "POST", "/api/v1/areas", ["code", "name", "kind"]),
        .. Generic("coordinator", "PUT", "/api/v1/areas/{commune}", ["code", "name", "kind"]),
        .. AreaBodies("coordinator", "POST", "/api/v1/areas"),
        .. AreaBodies("coordinator", "PUT", "/api/v1/areas/{commune}"),
        .. AreaCsvFiles(),
        .. OrganizationCsvFiles(),
        .. Generic("admin", "POST", "/api/v1/users", ["userName", "fullName", "password"]),
        .. UserBodies(),
        .. Generic("admin", "POST", "/api/v1/apikeys", ["name"]),
        .. ApiKeyBodies(),
        .. MemberProbes(),
        .. BadIds(),
    ]);

    /// <summary>Bodies that are wrong whatever the endpoint; only the empty object's missing fields depend on it.</summary>
    private static IEnumerable<RequestProbe> Generic(string who, string method, string route, string[] emptyObjectFields)
    {
        yield return P(who, method, route, "empty body", Json(""), 400, "body");
        yield return P(who, method, route, "broken JSON", Json("{\"name\": "), 400, "body");
        yield return P(who, method, route, "unterminated string", Json("{\"name\": \"abc"), 400, "body");
        yield return P(who, method, route, "array", Json("[]"), 400, "body");
        yield return P(who, method, route, "null", Json("null"), 400, "body");
        yield return P(who, method, route, "string", Json("\"text\""), 400, "body");
        yield return P(who, method, route, "number", Json("123"), 400, "body");
        yield return P(who, method, route, "empty object", Json("{}"), 400, emptyObjectFields);
        yield return P(who, method, route, "only whitespace", Json("   "), 400, "body");
        yield return P(who, method, route, "trailing garbage", Json("{} {}"), 400, "body");
        yield return P(who, method, route, "deep nesting", Json(string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200)), 400, "body");
        yield return P(who, method, route, "invalid UTF-8", Bytes([0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0xFF, 0x7D], "application/json"), 400, "body");
        yield return P(who, method, route, "XML", Text("<organization><name>x</name></organization>", "application/xml"), 415);
        yield return P(who, method, route, "form encoded", Form(("name", "x")), 415);
        yield return P(who, method, route, "SQL as body", Json("'; DELETE FROM \"AuditEntries\";--"), 400, "body");
    }

    private static IEnumerable<RequestProbe> OrganizationBodies(string who, string method, string route)
    {
        yield return P(who, method, route, "wrong types", Json("""{"name":123,"shortName":true,"kind":[],"parentId":"not-a-guid","areaIds":"x"}"""), 400, "name");
        yield return P(who, method, route, "missing name", Json("""{"shortName":"ABC","kind":"Other"}"""), 400, "name");
        yield return P(who, method, route, "huge name", Json($$"""{"name":"{{Huge}}","shortName":"HUGE","kind":"Other"}"""), 400, "name");
        yield return P(who, method, route, "HTML short name", Json($$"""{"name":"Tên","shortName":"{{Script}}","kind":"Other"}"""), 400, "shortName");
        yield return P(who, method, route, "SQL in kind", Json($$"""{"name":"{{Sql}}","shortName":"SQL","kind":"'; DELETE FROM x;--"}"""), 400, "kind");
        yield return P(who, method, route, "unknown kind", Json("""{"name":"Tàu vũ trụ","shortName":"TVT","kind":"Spaceship"}"""), 400, "kind");
        yield return P(who, method, route, "numeric kind", Json("""{"name":"Số","shortName":"SO","kind":"5"}"""), 400, "kind");
        yield return P(who, method, route, "unknown parent", Json($$"""{"name":"Con","shortName":"CON","kind":"Other","parentId":"{{Unknown}}"}"""), 400, "parentId");
        yield return P(who, method, route, "unknown area", Json($$"""{"name":"Vùng","shortName":"VUNG","kind":"Other","areaIds":["{{Unknown}}"]}"""), 400, "areaIds");
        yield return P(who, method, route, "bad email", Json("""{"name":"Thư","shortName":"THU","kind":"Other","email":"not an email <b>"}"""), 400, "email");
        yield return P(who, method, route, "bad phone", Json("""{"name":"Điện thoại","shortName":"DT","kind":"Other","phone":"call me maybe; DROP"}"""), 400, "phone");
        yield return P(who, method, route, "duplicate short name", Json("""{"name":"Trùng","shortName":"VIETTEL","kind":"TelecomOperator"}"""), 400, "shortName");
        yield return P(who, method, route, "huge short name", Json($$"""{"name":"Dài","shortName":"{{new string('X', 500)}}","kind":"Other"}"""), 400, "shortName");
    }

    private static IEnumerable<RequestProbe> PersonBodies(string who, string method, string route)
    {
        yield return P(who, method, route, "wrong types", Json("""{"fullName":42,"title":{},"phone":[1],"email":false}"""), 400, "fullName");
        yield return P(who, method, route, "missing name", Json("""{"title":"Trưởng phòng"}"""), 400, "fullName");
        yield return P(who, method, route, "blank name", Json("""{"fullName":"   "}"""), 400, "fullName");
        yield return P(who, method, route, "huge name", Json($$"""{"fullName":"{{Huge}}"}"""), 400, "fullName");
        yield return P(who, method, route, "bad email", Json($$"""{"fullName":"Nguyễn Văn Thử","email":"{{Script}}"}"""), 400, "email");
        yield return P(who, method, route, "bad phone", Json($$"""{"fullName":"Nguyễn Văn Thử","phone":"{{Sql}}"}"""), 400, "phone");
    }

    private static IEnumerable<RequestProbe> KeySiteBodies(string who, string method, string route)
    {
        yield return P(who, method, route, "wrong types", Json("""{"name":1,"kind":2,"latitude":"north","longitude":true}"""), 400, "name");
        yield return P(who, method, route, "missing name", Json("""{"kind":"CrowdedPlace"}"""), 400, "name");
        yield return P(who, method, route, "unknown kind", Json("""{"name":"Điểm","kind":"Volcano"}"""), 400, "kind");
        yield return P(who, method, route, "latitude out of range", Json("""{"name":"Điểm","kind":"CrowdedPlace","latitude":123,"longitude":106}"""), 400, "latitude");
        yield return P(who, method, route, "outside Vietnam", Json("""{"name":"Paris","kind":"CrowdedPlace","latitude":48.85,"longitude":2.35}"""), 400, "latitude", "longitude");
        yield return P(who, method, route, "latitude without longitude", Json("""{"name":"Điểm","kind":"CrowdedPlace","latitude":16.8}"""), 400, "longitude");
        yield return P(who, method, route, "number overflow", Json("""{"name":"Điểm","kind":"CrowdedPlace","latitude":1e400,"longitude":106}"""), 400, "latitude");
        yield return P(who, method, route, "NaN", Json("""{"name":"Điểm","kind":"CrowdedPlace","latitude":"NaN","longitude":106}"""), 400, "latitude");
        yield return P(who, method, route, "unknown area", Json($$"""{"name":"Điểm","kind":"CrowdedPlace","areaId":"{{Unknown}}"}"""), 400, "areaId");
        yield return P(who, method, route, "huge name", Json($$"""{"name":"{{Huge}}","kind":"CrowdedPlace"}"""), 400, "name");
        yield return P(who, method, route, "SQL in kind", Json("""{"name":"Điểm","kind":"1; DROP TABLE \"KeySites\""}"""), 400, "kind");
    }

    private static IEnumerable<RequestProbe> AreaBodies(string who, string method, string route)
    {
        yield return P(who, method, route, "wrong types", Json("""{"code":19001,"name":[],"kind":{},"validFrom":"yesterday"}"""), 400, "code");
        yield return P(who, method, route, "missing code", Json("""{"name":"Xã Thiếu Mã","kind":"Commune","provinceCode":"44"}"""), 400, "code");
        yield return P(who, method, route, "unknown kind", Json("""{"code":"19901","name":"Xã Lạ","kind":"Galaxy","provinceCode":"44"}"""), 400, "kind");
        yield return P(who, method, route, "unknown province", Json("""{"code":"19902","name":"Xã Lạ","kind":"Commune","provinceCode":"99"}"""), 400, "provinceCode");
        yield return P(who, method, route, "end before start", Json("""{"code":"19903","name":"Xã Lạ","kind":"Commune","provinceCode":"44","validFrom":"2026-01-01","validTo":"2025-01-01"}"""), 400, "validTo");
        yield return P(who, method, route, "bad date", Json("""{"code":"19904","name":"Xã Lạ","kind":"Commune","provinceCode":"44","validFrom":"31/02/2026"}"""), 400, "validFrom");
        yield return P(who, method, route, "huge name", Json($$"""{"code":"19905","name":"{{Huge}}","kind":"Commune","provinceCode":"44"}"""), 400, "name");
        yield return P(who, method, route, "HTML code", Json($$"""{"code":"{{Script}}","name":"Xã","kind":"Commune","provinceCode":"44"}"""), 400, "code");
        yield return P(who, method, route, "SQL code", Json("""{"code":"1' OR 1=1","name":"Xã","kind":"Commune","provinceCode":"44"}"""), 400, "code");
    }

    private static IEnumerable<RequestProbe> AreaCsvFiles()
    {
        const string who = "coordinator", post = "POST", route = "/api/v1/areas/import";
        yield return P(who, post, route, "empty file", Csv(""), 400, "file");
        yield return P(who, post, route, "header only, wrong columns", Csv("ma,ten\n"), 400, "line1.code", "line1.kind", "line1.name", "line1.province_code");
        yield return P(who, post, route, "one bad kind among good lines", Csv("code,name,kind,province_code\n19801,Xã Một,xã,44\n19802,Xã Hai,hành tinh,44\n"), 400, "line3.kind");
        yield return P(who, post, route, "unknown province", Csv("code,name,kind,province_code\n19803,Xã Ba,xã,77\n"), 400, "line2.province_code");
        yield return P(who, post, route, "broken quoting", Csv("code,name,kind,province_code\n19804,\"Xã Bốn,xã,44\n"), 400, "line2");
        yield return P(who, post, route, "duplicate code", Csv("code,name,kind,province_code\n19805,Xã Năm,xã,44\n19805,Xã Năm Bis,xã,44\n"), 400, "line3.code");
        yield return P(who, post, route, "SQL and HTML", Csv($"code,name,kind,province_code\n19806,{Script},xã,'; DROP TABLE x;--\n"), 400, "line2.province_code");
        yield return P(who, post, route, "huge field", Csv($"code,name,kind,province_code\n19807,{Huge},xã,44\n"), 400, "line2.name");
        yield return P(who, post, route, "binary", Bytes([0, 1, 2, 0xFF, 0xFE, 0x00], "text/csv"), 400, "file");
        yield return P(who, post, route, "JSON instead of CSV", Json("""{"code":"19808"}"""), 415);
    }

    private static IEnumerable<RequestProbe> OrganizationCsvFiles()
    {
        const string who = "coordinator", post = "POST", route = "/api/v1/organizations/import";
        const string header = "short_name,name,kind,parent_short_name,phone,email,hotline,address,area_codes\n";
        yield return P(who, post, route, "empty file", Csv(""), 400, "file");
        yield return P(who, post, route, "missing columns", Csv("short_name,name\nABC,Tên\n"), 400, "line1.address", "line1.area_codes", "line1.email", "line1.hotline", "line1.kind", "line1.parent_short_name", "line1.phone");
        yield return P(who, post, route, "unknown kind among good lines", Csv(header + "MOI1,Tổ chức Một,Other,,,,,,\nMOI2,Tổ chức Hai,Spaceship,,,,,,\n"), 400, "line3.kind");
        yield return P(who, post, route, "unknown parent", Csv(header + "MOI3,Tổ chức Ba,Other,KHONGCO,,,,,\n"), 400, "line2.parent_short_name");
        yield return P(who, post, route, "unknown area code", Csv(header + "MOI4,Tổ chức Bốn,Other,,,,,,00000\n"), 400, "line2.area_codes");
        yield return P(who, post, route, "bad email", Csv(header + "MOI5,Tổ chức Năm,Other,,,not-an-email,,,\n"), 400, "line2.email");
        yield return P(who, post, route, "duplicate short name in file", Csv(header + "MOI6,Một,Other,,,,,,\nMOI6,Hai,Other,,,,,,\n"), 400, "line3.short_name");
        yield return P(who, post, route, "parent cycle", Csv(header + "MOI7,Bảy,Other,MOI8,,,,,\nMOI8,Tám,Other,MOI7,,,,,\n"), 400, "line2.parent_short_name", "line3.parent_short_name");
        yield return P(who, post, route, "HTML short name", Csv(header + $"\"{Script}\",Tên,Other,,,,,,\n"), 400, "line2.short_name");
        yield return P(who, post, route, "huge name", Csv(header + $"MOI9,{Huge},Other,,,,,,\n"), 400, "line2.name");
    }

    private static IEnumerable<RequestProbe> UserBodies()
    {
        const string who = "admin", post = "POST", route = "/api/v1/users";
        yield return P(who, post, route, "wrong types", Json("""{"userName":1,"fullName":[],"organizationId":"x","role":5,"password":true}"""), 400, "userName");
        yield return P(who, post, route, "weak password", Json("""{"userName":"yeu","fullName":"Mật Khẩu Yếu","organizationId":"{vnpt}","role":"Member","password":"123"}"""), 400, "password");
        yield return P(who, post, route, "unknown role", Json("""{"userName":"vaitro","fullName":"Vai Trò Lạ","organizationId":"{vnpt}","role":"Emperor","password":"Mat-khau-2026x"}"""), 400, "role");
        yield return P(who, post, route, "unknown organisation", Json($$"""{"userName":"khongdonvi","fullName":"Không Đơn Vị","organizationId":"{{Unknown}}","role":"Member","password":"Mat-khau-2026x"}"""), 400, "organizationId");
        yield return P(who, post, route, "HTML user name", Json($$"""{"userName":"{{Script}}","fullName":"X","organizationId":"{vnpt}","role":"Member","password":"Mat-khau-2026x"}"""), 400, "userName");
        yield return P(who, post, route, "duplicate user name", Json("""{"userName":"viettel","fullName":"Trùng","organizationId":"{vnpt}","role":"Member","password":"Mat-khau-2026x"}"""), 400, "userName");
        yield return P(who, post, route, "huge full name", Json($$"""{"userName":"dai","fullName":"{{Huge}}","organizationId":"{vnpt}","role":"Member","password":"Mat-khau-2026x"}"""), 400, "fullName");
    }

    private static IEnumerable<RequestProbe> ApiKeyBodies()
    {
        const string who = "admin", post = "POST", route = "/api/v1/apikeys";
        yield return P(who, post, route, "wrong types", Json("""{"name":7,"kind":"Sometimes","organizationId":12,"role":[]}"""), 400, "name");
        yield return P(who, post, route, "missing name", Json("""{"kind":"Personal"}"""), 400, "name");
        yield return P(who, post, route, "unknown organisation", Json($$"""{"name":"Khóa","kind":"Organization","organizationId":"{{Unknown}}","role":"Member"}"""), 400, "organizationId");
        yield return P(who, post, route, "unknown role", Json("""{"name":"Khóa","kind":"Organization","role":"'; DROP TABLE \"ApiKeys\";--"}"""), 400, "role");
        yield return P(who, post, route, "huge name", Json($$"""{"name":"{{Huge}}","kind":"Personal"}"""), 400, "name");
    }

    /// <summary>
    /// A member, with well-formed bodies aimed at another organisation's records or at province-wide writes. Another
    /// organisation's contact people are hidden from a member, so aiming at them is a 404, not a 403: nothing is revealed.
    /// </summary>
    private static IEnumerable<RequestProbe> MemberProbes()
    {
        const string who = "viettel";
        yield return P(who, "PUT", "/api/v1/organizations/{vnpt}", "valid body, VNPT's id", Json("""{"name":"VNPT bị sửa","shortName":"VNPT","kind":"TelecomOperator","hotline":"0233 3999 000"}"""), 403);
        yield return P(who, "POST", "/api/v1/organizations/{vnpt}/people", "person for VNPT", Json("""{"fullName":"Người lạ"}"""), 404);
        yield return P(who, "PUT", "/api/v1/people/{vnptPerson}", "VNPT's person", Json("""{"fullName":"Đổi tên"}"""), 404);
        yield return P(who, "POST", "/api/v1/organizations", "create organisation", Json("""{"name":"Tổ chức mới","shortName":"MOI","kind":"Other"}"""), 403);
        yield return P(who, "POST", "/api/v1/keysites", "create key site", Json("""{"name":"Điểm mới","kind":"CrowdedPlace"}"""), 403);
        yield return P(who, "POST", "/api/v1/areas", "create area", Json("""{"code":"19999","name":"Xã Mới","kind":"Commune","provinceCode":"44"}"""), 403);
        yield return P(who, "POST", "/api/v1/areas/import", "import areas", Csv("code,name,kind,province_code\n19998,Xã Mới,xã,44\n"), 403);
        yield return P(who, "POST", "/api/v1/apikeys", "key for VNPT", Json("""{"name":"Khóa lạ","kind":"Organization","organizationId":"{vnpt}","role":"Member"}"""), 403);
        yield return P(who, "POST", "/api/v1/apikeys", "key above Member", Json("""{"name":"Khóa cao","kind":"Organization","role":"Admin"}"""), 403);
        yield return P(who, "POST", "/api/v1/users", "create user", Json("""{"userName":"ke-gian","fullName":"Kẻ Gian","organizationId":"{vnpt}","role":"Admin","password":"Mat-khau-2026x"}"""), 403);
        yield return P(who, "DELETE", "/api/v1/organizations/{vnpt}", "delete VNPT", null, 403);
        yield return P(who, "DELETE", "/api/v1/people/{vnptPerson}", "delete VNPT's person", null, 404);
        yield return P(who, "DELETE", "/api/v1/keysites/{site}", "delete key site", null, 403);
    }

    /// <summary>Ids that are not ids, or not anybody's: the route constraint refuses the first kind, the service the second.</summary>
    private static IEnumerable<RequestProbe> BadIds()
    {
        foreach (var (badId, status) in new[] { ("1' OR '1'='1", 404), (Script, 404), ("00000000-0000-0000-0000-000000000000", 404), (Unknown, 404), ("-1", 404), ("{nines}", 404) })
        {
            var id = badId == "{nines}" ? badId : Uri.EscapeDataString(badId);
            var what = "bad id " + (badId == "{nines}" ? "of 5000 nines" : badId);
            yield return P("coordinator", "PUT", $"/api/v1/organizations/{id}", what, Json("""{"name":"X","shortName":"X","kind":"Other"}"""), status);
            yield return P("coordinator", "DELETE", $"/api/v1/keysites/{id}", what, null, status);
        }
    }
}

public sealed class MalformedRequestsTestsOnSqlite(OwnSqliteAppFactory app) : MalformedRequestsTests(app), IClassFixture<OwnSqliteAppFactory>;

public sealed class MalformedRequestsTestsOnPostgres(OwnPostgresAppFactory app) : MalformedRequestsTests(app), IClassFixture<OwnPostgresAppFactory>;
