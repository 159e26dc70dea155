using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Areas;
using ThongSuot.Features.Audit;
using ThongSuot.Features.KeySites;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.KeySites;

/// <summary>Arranges areas and key sites directly in the database, and reads back what the app wrote.</summary>
internal static class KeySitesTestData
{
    public static Task<Guid> AddAreaAsync(AppFactory app, string name, DateOnly? validTo = null) => app.WithDbAsync(async db =>
    {
        var area = new Area
        {
            Code = "T" + Random.Shared.Next(100_000, 999_999), Name = name, Kind = AreaKind.Ward,
            ValidFrom = validTo is null ? Area.Reform2025 : new DateOnly(2000, 1, 1), ValidTo = validTo,
        };
        db.Add(area);
        await db.SaveChangesAsync();
        return area.Id;
    });

    public static Task<Guid> AddSiteAsync(AppFactory app, string name, KeySiteKind kind = KeySiteKind.CrowdedPlace, double? lat = 16.8, double? lon = 107.1) =>
        app.WithDbAsync(async db =>
        {
            var site = new KeySite { Name = name, Kind = kind, Address = "Địa chỉ thử", Latitude = lat, Longitude = lon };
            db.Add(site);
            await db.SaveChangesAsync();
            return site.Id;
        });

    public static Task<int> CountAsync(AppFactory app) => app.WithDbAsync(db => db.Set<KeySite>().CountAsync());

    public static Task<KeySite?> FindAsync(AppFactory app, Guid id) =>
        app.WithDbAsync(db => db.Set<KeySite>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id));

    public static Task<List<AuditAction>> AuditActionsAsync(AppFactory app, Guid id) => app.WithDbAsync(db =>
        db.Set<AuditEntry>().Where(a => a.EntityType == nameof(KeySite) && a.EntityId == id.ToString())
            .OrderBy(a => a.At).Select(a => a.Action).ToListAsync());

    public static object ValidBody(string name) => new
    {
        name, kind = "FireworksSite", address = "Bờ sông Hiếu", latitude = 16.8219, longitude = 107.0989, notes = "Giao thừa",
    };

    /// <summary>The field names of a 400 ValidationProblem.</summary>
    public static async Task<string[]> ErrorFieldsAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(p => p.Name).ToArray() : [];
    }
}
