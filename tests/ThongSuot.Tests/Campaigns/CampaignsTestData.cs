using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Audit;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.KeySites;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Campaigns;

internal static class CampaignsTestData
{
    public static object Body(string occasion, int year, string? title = null, bool phases = true, IEnumerable<Guid>? sites = null) => new
    {
        occasion, year, title,
        before = phases ? new { start = $"{year}-01-01", end = $"{year}-01-09" } : null,
        during = phases ? new { start = $"{year}-01-10", end = $"{year}-01-20" } : null,
        after = phases ? new { start = $"{year}-01-21", end = $"{year}-01-25" } : null,
        peaks = new[] { new { name = "Đêm cao điểm", startsAt = $"{year}-01-15T21:00:00+07:00", endsAt = $"{year}-01-16T02:00:00+07:00" } },
        keySiteIds = sites?.ToArray() ?? [],
    };

    public static async Task<JsonElement> CreateAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/campaigns", body);
        if (response.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Task<int> CountAsync(AppFactory app) => app.WithDbAsync(db => db.Set<Campaign>().CountAsync());

    public static Task<Campaign?> FindAsync(AppFactory app, Guid id) => app.WithDbAsync(db =>
        db.Set<Campaign>().AsNoTracking().Include(c => c.Peaks).Include(c => c.KeySites).FirstOrDefaultAsync(c => c.Id == id));

    public static Task<List<Guid>> SiteIdsAsync(AppFactory app, int count) =>
        app.WithDbAsync(db => db.Set<KeySite>().OrderBy(s => s.Name).Select(s => s.Id).Take(count).ToListAsync());

    public static Task<List<AuditEntry>> AuditAsync(AppFactory app, Guid id) => app.WithDbAsync(db =>
        db.Set<AuditEntry>().Where(a => a.EntityType == nameof(Campaign) && a.EntityId == id.ToString()).OrderBy(a => a.At).ToListAsync());

    public static async Task<string[]> ErrorFieldsAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(p => p.Name).ToArray() : [];
    }

    public static async Task<string> TitleAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString() ?? "";
}
