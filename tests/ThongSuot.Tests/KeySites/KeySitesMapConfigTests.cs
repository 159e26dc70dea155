using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using ThongSuot.Features.KeySites;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.KeySites;

public abstract class KeySitesMapConfigTests(AppFactory app)
{
    [Fact]
    public async Task MapWithoutTileUrlHasNoTileLayerButStillEmbedsTheSites()
    {
        await KeySitesTestData.AddSiteAsync(app, "Cầu Hiền Lương thử", KeySiteKind.RelicScenicSite, 17.0006, 107.0536);
        await using var noTiles = app.WithWebHostBuilder(b => b.ConfigureAppConfiguration(c =>
            c.AddInMemoryCollection([new("Map:TileUrl", ""), new("Map:Zoom", "9")])));
        var client = await SignIn.AsAsync(
            noTiles.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }),
            "viewer", AppFactory.DemoPassword);

        var map = await client.GetStringAsync("/KeySites/Map");
        Assert.Contains("data-tile-url=\"\"", map); // keysites-map.js adds a tile layer only for a non-empty URL
        Assert.DoesNotContain("tile.openstreetmap.org", map);
        Assert.Contains("data-testid=\"no-tiles\"", map);
        Assert.Contains("data-zoom=\"9\"", map);
        Assert.Contains("id=\"keysites-map\"", map);
        Assert.Contains("Cầu Hiền Lương thử", KeySitesPagesTests.EmbeddedSiteNames(map));
    }

    [Fact]
    public async Task DemoSitesAreValidInsideVietnamAndSeedingTwiceAddsNothing()
    {
        await app.WithDbAsync(async db => { await KeySitesDemo.SeedAsync(db, default); return 0; });
        var first = await app.WithDbAsync(db => db.Set<KeySite>().AsNoTracking().ToListAsync());
        await app.WithDbAsync(async db => { await KeySitesDemo.SeedAsync(db, default); return 0; });
        Assert.Equal(first.Count, await KeySitesTestData.CountAsync(app));

        Assert.Contains(first, s => s.Name == "Thành cổ Quảng Trị" && s.Kind == KeySiteKind.RelicScenicSite);
        Assert.Contains(first, s => s.Name == "Cửa khẩu quốc tế Lao Bảo" && s.Kind == KeySiteKind.BorderGate);
        Assert.True(first.Count >= 10);
        Assert.All(first, s =>
        {
            Assert.InRange(s.Latitude!.Value, KeySiteCoordinates.MinLatitude, KeySiteCoordinates.MaxLatitude);
            Assert.InRange(s.Longitude!.Value, KeySiteCoordinates.MinLongitude, KeySiteCoordinates.MaxLongitude);
        });
        var client = await app.SignedInAsync("leader");
        Assert.Contains("Đảo Cồn Cỏ", KeySitesPagesTests.EmbeddedSiteNames(await client.GetStringAsync("/KeySites/Map")));
    }
}

public sealed class KeySitesMapConfigTestsOnSqlite(OwnSqliteAppFactory app) : KeySitesMapConfigTests(app), IClassFixture<OwnSqliteAppFactory>;
