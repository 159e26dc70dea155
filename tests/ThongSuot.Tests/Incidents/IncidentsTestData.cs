using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Incidents;
using ThongSuot.Features.Organizations;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Incidents;

internal static class IncidentsTestData
{
    public static object Body(string title = "Đứt cáp quang tuyến thử nghiệm", string type = "CableCut", int severity = 2) => new
    {
        type, severity, title, description = "Mô tả thử nghiệm", reporterName = "Người Báo Thử", reporterPhone = "0900 111 222",
        services = new[] { "FixedInternet" }, latitude = 16.8, longitude = 107.1, startedAt = "2026-11-20T08:00:00+07:00", subscribersAffected = 300,
    };

    /// <summary>An organisation API key (role Member) for an operator's system.</summary>
    public static async Task<HttpClient> OperatorSystemAsync(this AppFactory app, string org = "VIETTEL", string role = Roles.Member)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var orgId = await db.Set<Organization>().Where(o => o.ShortName == org).Select(o => o.Id).FirstAsync();
        var created = await ApiKeysService.IssueAsync(db, TimeProvider.System, "NOC " + Guid.NewGuid().ToString("N")[..6], orgId, null, role, null, default);
        return app.WithApiKey(created.Key);
    }

    public static async Task<JsonElement> CreateAsync(HttpClient client, object? body = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/incidents", body ?? Body());
        if (response.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Guid Id(this JsonElement incident) => incident.GetProperty("id").GetGuid();
    public static int Revision(this JsonElement incident) => incident.GetProperty("revision").GetInt32();

    public static Task<int> CountAsync<T>(AppFactory app) where T : class => app.WithDbAsync(db => db.Set<T>().CountAsync());

    public static Task<Incident?> FindAsync(AppFactory app, Guid id) =>
        app.WithDbAsync(db => db.Set<Incident>().AsNoTracking().Include(i => i.Organizations).FirstOrDefaultAsync(i => i.Id == id));

    public static Task<Guid> OrgAsync(AppFactory app, string shortName) =>
        app.WithDbAsync(db => db.Set<Organization>().Where(o => o.ShortName == shortName).Select(o => o.Id).FirstAsync());

    public static Task<Guid> DemoIncidentAsync(AppFactory app, string titleStart) =>
        app.WithDbAsync(db => db.Set<Incident>().Where(i => i.Title.StartsWith(titleStart)).Select(i => i.Id).FirstAsync());

    public static async Task<string> TitleAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString() ?? "";

    public static async Task<string[]> ErrorFieldsAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(p => p.Name).ToArray() : [];
    }

    public static Task<HttpResponseMessage> StatusAsync(HttpClient client, Guid id, string status, int revision, string? note = null) =>
        client.PostAsJsonAsync($"/api/v1/incidents/{id}/status", new { status, revision, note });
}
