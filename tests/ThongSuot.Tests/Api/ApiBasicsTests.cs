using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Api;

public abstract class ApiBasicsTests(AppFactory app)
{
    [Fact]
    public async Task OpenApiDocumentDescribesTheApiWithoutSignIn()
    {
        var response = await app.Anonymous().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("3.", doc.RootElement.GetProperty("openapi").GetString());
        var paths = doc.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var expected in new[] { "/api/v1/organizations", "/api/v1/areas", "/api/v1/keysites", "/api/v1/users", "/api/v1/apikeys", "/api/v1/audit" })
            Assert.Contains(expected, paths);
    }

    [Fact]
    public async Task ApiExplorerPageIsServed()
    {
        var response = await app.Anonymous().GetAsync("/api-docs/index.html");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("swagger", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task UnknownApiRouteIsAProblemDetails404()
    {
        var client = await app.SignedInAsync("viewer");
        var response = await client.GetAsync("/api/v1/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, doc.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task InvalidApiKeyIsA401()
    {
        var response = await app.WithApiKey("ts_not-a-real-key").GetAsync("/api/v1/organizations");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task CookieAuthenticatedApiWriteWithoutAntiforgeryTokenIsRefused()
    {
        var client = await app.SignedInAsync("coordinator");
        client.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");
        var before = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Set<ThongSuot.Features.Organizations.Organization>()));

        // What a hostile page can make a browser send: a form post (text/plain CSV) and a JSON post without the header.
        var csv = new StringContent("short_name,name,kind,parent_short_name,phone,email,hotline,address,area_codes\nGIA,Giả mạo,Other,,,,,,\n", System.Text.Encoding.UTF8, "text/plain");
        var import = await client.PostAsync("/api/v1/organizations/import", csv);
        var create = await client.PostAsync("/api/v1/organizations", JsonContent.Create(new { name = "Giả mạo", shortName = "GIA2", kind = "Other" }));

        Assert.Equal(HttpStatusCode.BadRequest, import.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, create.StatusCode);
        Assert.Contains("X-CSRF-TOKEN", await create.Content.ReadAsStringAsync());
        Assert.Equal(before, await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Set<ThongSuot.Features.Organizations.Organization>())));
    }

    [Fact]
    public async Task UnknownPageShowsTheVietnameseNotFoundPage()
    {
        var client = await app.SignedInAsync("viewer");
        var response = await client.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", await response.Content.ReadAsStringAsync());
    }
}

public sealed class ApiBasicsTestsOnSqlite(SqliteAppFactory app) : ApiBasicsTests(app), IClassFixture<SqliteAppFactory>;
