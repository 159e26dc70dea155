using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Areas;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Areas;

public abstract class ProvinceCatalogTests(AppFactory app)
{
    private static readonly AreaKind[] ProvinceKinds = [AreaKind.Province, AreaKind.CentralCity];

    private Task<List<Area>> ProvincesValidOnAsync(DateOnly day) => app.WithDbAsync(db => db.Set<Area>()
        .Where(a => ProvinceKinds.Contains(a.Kind) && a.ValidFrom <= day && (a.ValidTo == null || day < a.ValidTo))
        .ToListAsync());

    [Fact]
    public async Task ThirtyFourProvincesAndCitiesAreValidAfterTheReform()
    {
        var current = await ProvincesValidOnAsync(new DateOnly(2026, 1, 1));
        Assert.Equal(34, current.Count);
        Assert.Equal(6, current.Count(a => a.Kind == AreaKind.CentralCity));
        Assert.Equal(34, current.Select(a => a.Code).Distinct().Count());
        var quangTri = Assert.Single(current, a => a.Code == ProvinceCatalog.QuangTriCode);
        Assert.Equal("Quảng Trị", quangTri.Name);
        Assert.Equal(Area.Reform2025, quangTri.ValidFrom);
        Assert.Null(quangTri.ValidTo);
    }

    [Theory]
    [InlineData("2024-06-30")]
    [InlineData("2025-03-01")]
    public async Task SixtyThreeFormerProvincesAreKeptAsHistoricalUnits(string day)
    {
        var before = await ProvincesValidOnAsync(DateOnly.Parse(day));
        Assert.Equal(63, before.Count);
        Assert.All(before, a => Assert.True(a.ValidTo <= Area.Reform2025));
        Assert.Contains(before, a => a.Code == "44" && a.Name == "Quảng Bình");
        Assert.Contains(before, a => a.Code == "45" && a.Name == "Quảng Trị");
    }

    [Fact]
    public async Task EnsuringAgainAddsNothing()
    {
        var count = await app.WithDbAsync(db => db.Set<Area>().CountAsync());
        await app.WithDbAsync(async db => { await ProvinceCatalog.EnsureAsync(db, CancellationToken.None); return 0; });
        Assert.Equal(count, await app.WithDbAsync(db => db.Set<Area>().CountAsync()));
    }

    [Fact]
    public async Task ApiSearchIgnoresCaseAndDiacritics()
    {
        var client = await app.SignedInAsync("viettel");
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/areas?q=QUANG%20TRI&level=Province");
        var items = page.GetProperty("items").EnumerateArray().ToList();
        var item = Assert.Single(items);
        Assert.Equal("44", item.GetProperty("code").GetString());
        Assert.Equal("Tỉnh Quảng Trị", item.GetProperty("fullName").GetString());
        Assert.False(item.GetProperty("isHistorical").GetBoolean());
    }

    [Fact]
    public async Task ApiListsFormerProvincesOnAPastDayOrWhenHistoricalAreIncluded()
    {
        var client = await app.SignedInAsync("viewer");
        var past = await client.GetFromJsonAsync<JsonElement>("/api/v1/areas?level=Province&validOn=2024-01-01&pageSize=500");
        Assert.Equal(63, past.GetProperty("total").GetInt32());
        Assert.Equal(AreasService.MaxPageSize, past.GetProperty("pageSize").GetInt32());
        var all = await client.GetFromJsonAsync<JsonElement>("/api/v1/areas?q=quang%20binh&includeHistorical=true");
        var quangBinh = Assert.Single(all.GetProperty("items").EnumerateArray());
        Assert.True(quangBinh.GetProperty("isHistorical").GetBoolean());
        Assert.Equal("2025-07-01", quangBinh.GetProperty("validTo").GetString());
    }

    [Fact]
    public async Task AreasApiIsDescribedInTheOpenApiDocument()
    {
        var doc = await app.Anonymous().GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/areas/import", doc);
        Assert.Contains("/api/v1/areas/{id}", doc);
    }

    [Fact]
    public async Task AreasPageShowsProvincesWithVietnameseKindsAndDates()
    {
        var client = await app.SignedInAsync("leader");
        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/Areas?q=quang&level=Province&historical=true"));
        Assert.Contains("Quảng Trị", html);
        Assert.Contains("Quảng Bình", html);
        Assert.Contains("01/07/2025", html);
        Assert.Contains("Hết hiệu lực", html);
        Assert.Contains("Thành phố trực thuộc trung ương", await client.GetStringAsync("/Areas?level=Province") is var s ? System.Net.WebUtility.HtmlDecode(s) : "");
        Assert.DoesNotContain("/Areas/Edit", html);
    }
}

public sealed class ProvinceCatalogTestsOnSqlite(OwnSqliteAppFactory app) : ProvinceCatalogTests(app), IClassFixture<OwnSqliteAppFactory>;
