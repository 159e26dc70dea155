using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ThongSuot.Features.Audit;
using ThongSuot.Features.KeySites;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.KeySites.KeySitesTestData;

namespace ThongSuot.Tests.KeySites;

public abstract class KeySitesApiTests(AppFactory app)
{
    [Fact]
    public async Task CoordinatorCreatesUpdatesAndDeletesASiteAndEachChangeIsAudited()
    {
        var client = await app.SignedInAsync("coordinator");
        var areaId = await AddAreaAsync(app, "Phường Đông Hà thử");

        var created = await client.PostAsJsonAsync("/api/v1/keysites", new
        {
            name = "Quảng trường thử", kind = "FireworksSite", areaId, address = "Đường Hùng Vương", latitude = 16.82, longitude = 107.1,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var site = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = site.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/keysites/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal("FireworksSite", site.GetProperty("kind").GetString());
        Assert.Equal("Điểm bắn pháo hoa", site.GetProperty("kindName").GetString());
        Assert.Equal("Phường Đông Hà thử", site.GetProperty("areaName").GetString());

        var updated = await client.PutAsJsonAsync($"/api/v1/keysites/{id}", new { name = "Quảng trường thử (sửa)", kind = "crowdedplace" });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var stored = await FindAsync(app, id);
        Assert.Equal("Quảng trường thử (sửa)", stored!.Name);
        Assert.Equal(KeySiteKind.CrowdedPlace, stored.Kind);
        Assert.Null(stored.Latitude);
        Assert.Null(stored.AreaId);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/keysites/{id}")).StatusCode);
        Assert.Null(await FindAsync(app, id));
        Assert.Equal([AuditAction.Create, AuditAction.Update, AuditAction.Delete], await AuditActionsAsync(app, id));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/keysites/{id}")).StatusCode);
    }

    [Fact]
    public async Task ListFiltersByTextWithoutDiacriticsKindAndArea()
    {
        var areaId = await AddAreaAsync(app, "Xã Lọc thử");
        var client = await app.SignedInAsync("coordinator");
        var created = await client.PostAsJsonAsync("/api/v1/keysites", new { name = "Chợ Tết Lọc Thử", kind = "CrowdedPlace", areaId });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await AddSiteAsync(app, "Pháo hoa Lọc Thử", KeySiteKind.FireworksSite);

        var member = await app.SignedInAsync("viettel");
        var byText = await member.GetFromJsonAsync<JsonElement[]>("/api/v1/keysites?q=loc%20thu");
        Assert.Equal(["Chợ Tết Lọc Thử", "Pháo hoa Lọc Thử"], byText!.Select(s => s.GetProperty("name").GetString()));
        var byKind = await member.GetFromJsonAsync<JsonElement[]>("/api/v1/keysites?q=loc%20thu&kind=FireworksSite");
        Assert.Equal(["Pháo hoa Lọc Thử"], byKind!.Select(s => s.GetProperty("name").GetString()));
        var byArea = await member.GetFromJsonAsync<JsonElement[]>($"/api/v1/keysites?areaId={areaId}");
        Assert.Equal(["Chợ Tết Lọc Thử"], byArea!.Select(s => s.GetProperty("name").GetString()));

        var badKind = await member.GetAsync("/api/v1/keysites?kind=Volcano");
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
        Assert.Contains("kind", await ErrorFieldsAsync(badKind));
    }

    [Fact]
    public async Task GeoJsonEndpointReturnsAFeatureCollectionOfSitesWithCoordinates()
    {
        var withCoords = await AddSiteAsync(app, "GeoJSON có tọa độ", lat: 17.4702, lon: 106.6236);
        var without = await AddSiteAsync(app, "GeoJSON không tọa độ", lat: null, lon: null);
        var client = await app.SignedInAsync("viewer");

        var response = await client.GetAsync("/api/v1/keysites/geojson");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("FeatureCollection", doc.GetProperty("type").GetString());
        var features = doc.GetProperty("features").EnumerateArray().ToList();
        Assert.All(features, f =>
        {
            Assert.Equal("Feature", f.GetProperty("type").GetString());
            Assert.Equal("Point", f.GetProperty("geometry").GetProperty("type").GetString());
            Assert.Equal(2, f.GetProperty("geometry").GetProperty("coordinates").GetArrayLength());
        });
        var feature = Assert.Single(features, f => f.GetProperty("id").GetGuid() == withCoords);
        var coordinates = feature.GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal(106.6236, coordinates[0].GetDouble());
        Assert.Equal(17.4702, coordinates[1].GetDouble());
        Assert.Equal("GeoJSON có tọa độ", feature.GetProperty("properties").GetProperty("name").GetString());
        Assert.DoesNotContain(features, f => f.GetProperty("id").GetGuid() == without);
    }

    public static TheoryData<string, string> InvalidBodies => new()
    {
        { """{"name":"Ngoài biên","kind":"CrowdedPlace","latitude":48.85,"longitude":2.35}""", "latitude" },
        { """{"name":"Ngoài biên","kind":"CrowdedPlace","latitude":16.8,"longitude":2.35}""", "longitude" },
        { """{"name":"Đảo ngược","kind":"CrowdedPlace","latitude":107.1,"longitude":16.8}""", "latitude" },
        { """{"name":"Quá 90","kind":"CrowdedPlace","latitude":91,"longitude":107}""", "latitude" },
        { """{"name":"Chỉ vĩ độ","kind":"CrowdedPlace","latitude":16.8}""", "longitude" },
        { """{"name":"Chỉ kinh độ","kind":"CrowdedPlace","longitude":107.1}""", "latitude" },
        { """{"name":"Loại lạ","kind":"Volcano"}""", "kind" },
        { """{"name":"Loại số","kind":"3"}""", "kind" },
        { """{"name":"Thiếu loại"}""", "kind" },
        { """{"kind":"CrowdedPlace"}""", "name" },
        { """{"name":"   ","kind":"CrowdedPlace"}""", "name" },
        { """{"name":"Địa bàn lạ","kind":"CrowdedPlace","areaId":"0197a000-0000-7000-8000-000000000000"}""", "areaId" },
        { """{"name":"Địa bàn sai kiểu","kind":"CrowdedPlace","areaId":"không-phải-guid"}""", "areaId" },
        { """{"name":"Vĩ độ chữ","kind":"CrowdedPlace","latitude":"abc","longitude":107}""", "latitude" },
        { """{"name":"Hỏng""", "body" },
        { "", "body" },
        { "null", "body" },
        { "[1,2]", "body" },
        { """{"name":"'; DROP TABLE \"KeySites\"; --","kind":"CrowdedPlace","notes":1}""", "notes" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task InvalidInputIsRefusedWithFieldErrorsAndNothingIsWritten(string json, string field)
    {
        var client = await app.SignedInAsync("coordinator");
        var before = await CountAsync(app);
        var response = await client.PostAsync("/api/v1/keysites", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await ErrorFieldsAsync(response), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(before, await CountAsync(app));
    }

    [Fact]
    public async Task HugeTextsAndExpiredAreasAreRefusedAndNothingIsWritten()
    {
        var client = await app.SignedInAsync("admin");
        var expired = await AddAreaAsync(app, "Huyện cũ thử", validTo: new DateOnly(2025, 7, 1));
        var before = await CountAsync(app);
        var response = await client.PostAsJsonAsync("/api/v1/keysites", new
        {
            name = new string('x', 301), kind = "CrowdedPlace", address = new string('a', 301), notes = new string('n', 2001), areaId = expired,
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["address", "areaId", "name", "notes"], (await ErrorFieldsAsync(response)).Order(StringComparer.OrdinalIgnoreCase));
        var huge = await client.PostAsync("/api/v1/keysites", new StringContent($$"""{"name":"{{new string('y', 200_000)}}","kind":"Other"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Equal(before, await CountAsync(app));
    }

    [Fact]
    public async Task UpdateWithInvalidCoordinatesLeavesTheSiteUnchanged()
    {
        var id = await AddSiteAsync(app, "Không đổi được", lat: 16.75, lon: 107.19);
        var client = await app.SignedInAsync("coordinator");
        var response = await client.PutAsJsonAsync($"/api/v1/keysites/{id}", new { name = "Đã đổi", kind = "Other", latitude = 16.75 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var stored = await FindAsync(app, id);
        Assert.Equal("Không đổi được", stored!.Name);
        Assert.Equal(107.19, stored.Longitude);
        Assert.DoesNotContain(AuditAction.Update, await AuditActionsAsync(app, id));
    }

    [Theory]
    [InlineData("viettel")]
    [InlineData("leader")]
    [InlineData("viewer")]
    public async Task OnlyDirectoryManagersMayChangeKeySites(string userName)
    {
        var id = await AddSiteAsync(app, $"Chỉ đọc cho {userName}");
        var client = await app.SignedInAsync(userName);
        var before = await CountAsync(app);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/keysites/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/keysites", ValidBody("Không được tạo"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"/api/v1/keysites/{id}", ValidBody("Không được sửa"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync($"/api/v1/keysites/{id}")).StatusCode);

        Assert.Equal(before, await CountAsync(app));
        Assert.Equal($"Chỉ đọc cho {userName}", (await FindAsync(app, id))!.Name);
    }

    [Fact]
    public async Task OpenApiDocumentDescribesTheKeySitesEndpoints()
    {
        var doc = await app.Anonymous().GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/keysites/geojson", doc);
        Assert.Contains("/api/v1/keysites/{id}", doc);
        Assert.Contains("KeySiteRequest", doc);
    }

    [Fact]
    public async Task AnonymousCallerGets401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/keysites")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().PostAsJsonAsync("/api/v1/keysites", ValidBody("Ẩn danh"))).StatusCode);
    }
}

public sealed class KeySitesApiTestsOnSqlite(OwnSqliteAppFactory app) : KeySitesApiTests(app), IClassFixture<OwnSqliteAppFactory>;
