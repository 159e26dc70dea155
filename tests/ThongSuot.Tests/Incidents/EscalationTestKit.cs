using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ThongSuot.Data;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Duty;
using ThongSuot.Features.Incidents;
using ThongSuot.Features.Notifications;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared.Events;
using ThongSuot.Tests.Infrastructure;
using ThongSuot.Tests.Notifications;

namespace ThongSuot.Tests.Incidents;

/// <summary>
/// A second instance of the app on the same database and the same manual clock: what a restart (or a second node)
/// sees. Demo seeding finds the organisations and does nothing; migrations are already applied.
/// </summary>
public sealed class RestartedApp(NotificationsAppFactory first) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(first.Database.AppSettings().Concat([
            new("Demo:Seed", "true"),
            new("Demo:Password", AppFactory.DemoPassword),
            new("Incidents:Escalation:ScanSeconds", "0"),
            new("Notifications:PollSeconds", "0"),
            new("Notifications:PublicBaseUrl", "https://thongsuot.test"),
        ])));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(first.Clock);
        });
    }
}

internal static partial class EscalationTestKit
{
    public const string ViettelDutyPhone = "0900 000 911";
    public const string DepartmentDutyName = "Hồ Văn Thử Trực";
    public const string DepartmentDutyPhone = "0900 000 912";
    public const string DepartmentLeaderPhone = "0900 000 913";

    public static Task<int> ScanAsync(this WebApplicationFactory<Program> app) => app.Services.GetRequiredService<EscalationWorker>().ScanAsync();

    /// <summary>
    /// Who is on duty for the whole test: VIETTEL's shift is the demo user "viettel" (an account, by full name); the
    /// department's officer and leader on duty are typed names without accounts. VNPT has nobody on duty.
    /// </summary>
    public static Task EnsureDutyAsync(NotificationsAppFactory app) => app.WithDbAsync(async db =>
    {
        if (await db.Set<DutyShift>().AnyAsync(s => s.PersonName == DepartmentDutyName)) return 0;
        var campaign = await db.Set<Campaign>().Select(c => c.Id).FirstAsync();
        var orgs = await db.Set<Organization>().Where(o => o.ShortName == "VIETTEL" || o.ShortName == "SKHCN").ToDictionaryAsync(o => o.ShortName, o => o.Id);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        DutyShift Shift(string org, string name, string phone, DutyRole role) => new()
        {
            OrganizationId = orgs[org], CampaignId = campaign, PersonName = name, Phone = phone, Role = role, StartsAt = now.AddHours(-1), EndsAt = now.AddDays(60),
        };
        db.AddRange(
            Shift("VIETTEL", "Phạm Văn Viettel", ViettelDutyPhone, DutyRole.Shift),
            Shift("SKHCN", DepartmentDutyName, DepartmentDutyPhone, DutyRole.Operations),
            Shift("SKHCN", "Đỗ Thị Lãnh Đạo Thử", DepartmentLeaderPhone, DutyRole.Leader));
        return await db.SaveChangesAsync();
    });

    public static Task<List<IncidentEscalation>> StepsAsync(this WebApplicationFactory<Program> app, Guid incidentId) => WithDb(app, db =>
        db.Set<IncidentEscalation>().AsNoTracking().Where(e => e.IncidentId == incidentId).OrderBy(e => e.Kind).ThenBy(e => e.Step).ToListAsync());

    public static Task<List<OutboxMessage>> MessagesAsync(this WebApplicationFactory<Program> app, string dedupPrefix) => WithDb(app, db =>
        db.Set<OutboxMessage>().AsNoTracking().Where(m => m.DedupKey.StartsWith(dedupPrefix + "|")).ToListAsync());

    /// <summary>The outbox messages whose DedupKey starts so, once the event handlers have run every saved delivery.</summary>
    public static async Task<List<OutboxMessage>> MessagesAsyncStartingWith(this WebApplicationFactory<Program> app, string prefix)
    {
        await app.EventHandlersDoneAsync();
        return await WithDb(app, db => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.DedupKey.StartsWith(prefix)).ToListAsync());
    }

    /// <summary>
    /// Waits until the event handlers (live board, notifications) have run every delivery saved so far that is not dead: they
    /// run on the app's background processor after the change commits, so a test reads their outcome only after this.
    /// </summary>
    public static async Task EventHandlersDoneAsync(this WebApplicationFactory<Program> app)
    {
        // A deadline, not a pause: generous because a shared CI machine can be many times slower than a quiet one.
        var stop = DateTime.UtcNow.AddSeconds(60);
        while (await WithDb(app, db => db.Set<EventDelivery>().AnyAsync(d => !d.Dead)))
        {
            if (DateTime.UtcNow > stop) throw new TimeoutException("The event handlers did not finish within 60 s.");
            await Task.Delay(20);
        }
    }

    public static Task<Guid> UserIdAsync(this WebApplicationFactory<Program> app, string userName) => WithDb(app, db =>
        db.Users.Where(u => u.UserName == userName).Select(u => u.Id).FirstAsync());

    public static async Task<T> WithDb<T>(WebApplicationFactory<Program> app, Func<AppDbContext, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>The action-link path (/a/{token}) in a message's text.</summary>
    public static string LinkPath(string body) =>
        AckLink().Match(body) is { Success: true } m ? "/a/" + m.Groups[1].Value : throw new InvalidOperationException("No acknowledge link in: " + body);

    public static Task<HttpResponseMessage> PostLinkAsync(HttpClient client, string path, string token) =>
        client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

    public static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [GeneratedRegex(@"https://thongsuot\.test/a/([A-Za-z0-9_-]{43})")]
    private static partial Regex AckLink();
}
