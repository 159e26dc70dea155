using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Areas;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Areas.AreaTestData;

namespace ThongSuot.Tests.Areas;

public abstract class AreaEditApiTests(AppFactory app)
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task CoordinatorCreatesAndRenamesACommune()
    {
        var client = await app.SignedInAsync("coordinator");
        var created = await client.PostAsync("/api/v1/areas", Json("""{"code":"72001","name":"Xã Mới","kind":"xã","provinceCode":"44"}"""));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await JsonAsync(created);
        Assert.Equal("Mới", body.GetProperty("name").GetString());
        Assert.Equal("Commune", body.GetProperty("kind").GetString());
        Assert.Equal("44", body.GetProperty("provinceCode").GetString());
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal(created.Headers.Location!.ToString(), $"/api/v1/areas/{id}");

        var updated = await client.PutAsync($"/api/v1/areas/{id}", Json("""{"code":"72001","name":"Mới Đổi","kind":"Ward","provinceCode":"44"}"""));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var fetched = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/areas/{id}");
        Assert.Equal("Phường Mới Đổi", fetched.GetProperty("fullName").GetString());
    }

    [Fact]
    public async Task DuplicateCodeAndStartDateIsAFieldErrorNotA500()
    {
        var client = await app.SignedInAsync("admin");
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/v1/areas", Json("""{"code":"72101","name":"Một","kind":"xã","provinceCode":"44"}"""))).StatusCode);
        var again = await client.PostAsync("/api/v1/areas", Json("""{"code":"72101","name":"Hai","kind":"phường","provinceCode":"44","validFrom":"2025-07-01"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.True((await JsonAsync(again)).GetProperty("errors").TryGetProperty("code", out _));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Area>().CountAsync(a => a.Code == "72101")));
    }

    [Theory]
    [InlineData("""{"code":"72201","name":"Cũ","kind":"xã","provinceCode":"45"}""", "provinceCode")]
    [InlineData("""{"code":"72201","name":"Cũ","kind":"xã","provinceCode":"45","validFrom":"2020-01-01"}""", "validTo")]
    [InlineData("""{"code":"72201","name":"Đảo","kind":"đặc khu","provinceCode":"44","validFrom":"2020-01-01","validTo":"2025-07-01"}""", "validFrom")]
    [InlineData("""{"code":"72201","name":"Ngược","kind":"xã","provinceCode":"44","validFrom":"2026-01-01","validTo":"2025-12-31"}""", "validTo")]
    [InlineData("""{"code":"7","name":"Ngắn","kind":"xã","provinceCode":"44"}""", "code")]
    [InlineData("""{"code":"72201","name":"Không tỉnh","kind":"xã"}""", "provinceCode")]
    [InlineData("""{"code":"72201","name":"Lạ","kind":"thôn","provinceCode":"44"}""", "kind")]
    public async Task RuleViolationsAreFieldErrors(string json, string field)
    {
        var client = await app.SignedInAsync("admin");
        var response = await client.PostAsync("/api/v1/areas", Json(json));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await JsonAsync(response)).GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Area>().CountAsync(a => a.Code == "72201")));
    }

    [Theory]
    [InlineData("{")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"code":72301,"name":"Số","kind":"xã","provinceCode":"44"}""")]
    [InlineData("""{"code":"72301","name":["mảng"],"kind":"xã","provinceCode":"44"}""")]
    [InlineData("""{"code":"72301","name":"Ngày","kind":"xã","provinceCode":"44","validFrom":"31/02/2025"}""")]
    [InlineData("""{"code":"72301","name":"Ngày","kind":"xã","provinceCode":"44","validTo":12}""")]
    [InlineData("""{"code":"72301","name":null,"kind":"xã","provinceCode":"44"}""")]
    [InlineData("""{"code":"72301","name":"HUGE","kind":"xã","provinceCode":"44"}""")]
    [InlineData("""{"code":"'; DROP TABLE \"Areas\"; --","name":"<script>alert(1)</script>","kind":"xã","provinceCode":"44"}""")]
    [InlineData("")]
    public async Task MalformedBodiesGet400AndWriteNothing(string json)
    {
        var client = await app.SignedInAsync("admin");
        var count = await app.WithDbAsync(db => db.Set<Area>().CountAsync());
        var response = await client.PostAsync("/api/v1/areas", Json(json.Replace("HUGE", new string('x', 100_000))));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var id = (await app.WithDbAsync(db => db.Set<Area>().FirstAsync(a => a.Code == "44"))).Id;
        var put = await client.PutAsync($"/api/v1/areas/{id}", Json(json.Replace("HUGE", new string('x', 100_000))));
        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Equal(count, await app.WithDbAsync(db => db.Set<Area>().CountAsync()));
    }

    [Theory]
    [InlineData("/api/v1/areas?level=Nowhere", "level")]
    [InlineData("/api/v1/areas?page=abc", "page")]
    [InlineData("/api/v1/areas?validOn=31-31-2025", "validOn")]
    public async Task ABadQueryValueIsA400NamingTheParameter(string url, string field)
    {
        var client = await app.SignedInAsync("viewer");
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], (await JsonAsync(response)).GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task AnIdThatIsNotAGuidMatchesNoRoute()
    {
        var client = await app.SignedInAsync("viewer");
        var response = await client.GetAsync("/api/v1/areas/not-a-guid");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Không tìm thấy.", (await JsonAsync(response)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task ExtremePagingIsCappedAndUnknownIdIs404()
    {
        var client = await app.SignedInAsync("viewer");
        var page = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/areas?page={int.MaxValue}&pageSize=-5&q={new string('q', 5000)}");
        Assert.Equal(0, page.GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/areas/{Guid.NewGuid()}")).StatusCode);
    }
}

public sealed class AreaEditApiTestsOnSqlite(OwnSqliteAppFactory app) : AreaEditApiTests(app), IClassFixture<OwnSqliteAppFactory>;
