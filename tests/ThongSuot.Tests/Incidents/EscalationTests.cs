using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Audit;
using ThongSuot.Features.Incidents;
using ThongSuot.Features.Notifications;
using ThongSuot.Tests.Notifications;
using static ThongSuot.Tests.Incidents.EscalationTestKit;

namespace ThongSuot.Tests.Incidents;

/// <summary>SLA breaches escalate step by step on a manual clock; ScanAsync is called by the test (the background loop is off).</summary>
public abstract class EscalationTests(NotificationsAppFactory app)
{
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(15);

    [Fact]
    public async Task AnUnacknowledgedCriticalIncidentEscalatesStepByStepExactlyOnceEvenAcrossARestart()
    {
        await EnsureDutyAsync(app);
        var id = (await IncidentsTestData.CreateAsync(await app.OperatorSystemAsync("VIETTEL"), IncidentsTestData.Body("Mất sóng diện rộng thử leo thang", severity: 1))).Id();
        var viettelUser = await app.UserIdAsync("viettel");
        var leaderUser = await app.UserIdAsync("leader");
        var department = await IncidentsTestData.OrgAsync(app, "SKHCN");

        await app.ScanAsync();
        Assert.Empty(await app.StepsAsync(id));
        app.Clock.Advance(TimeSpan.FromMinutes(4));
        await app.ScanAsync();
        Assert.Empty(await app.StepsAsync(id)); // severity 1 allows 5 minutes to acknowledge

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        for (var i = 0; i < 4; i++) await app.ScanAsync();
        var step1 = Assert.Single(await app.StepsAsync(id));
        Assert.Equal((EscalationKind.Acknowledge, 1), (step1.Kind, step1.Step));
        Assert.Contains(ViettelDutyPhone, step1.Targets);
        // Step 1: the reporting operator's person on duty is an account, so that person is told directly, phone in the text.
        var toDuty = await app.MessagesAsync($"incident:{id}:escalation:Acknowledge:1");
        var bell = Assert.Single(toDuty);
        Assert.Equal((OutboxChannel.InApp, viettelUser), (bell.Channel, bell.UserId));
        Assert.Contains(ViettelDutyPhone, bell.Body);
        Assert.Contains("https://thongsuot.test/a/", bell.Body);

        app.Clock.Advance(Step - TimeSpan.FromMinutes(1));
        await app.ScanAsync();
        Assert.Single(await app.StepsAsync(id));
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await app.ScanAsync();
        await app.ScanAsync();
        Assert.Equal([1, 2], (await app.StepsAsync(id)).Select(s => s.Step));
        // Step 2: the department's duty officer has no account: the department is told (its mailbox and members), with the phone.
        var toDepartment = await app.MessagesAsync($"incident:{id}:escalation:Acknowledge:2");
        Assert.NotEmpty(toDepartment);
        Assert.All(toDepartment, m => { Assert.Equal(department, m.OrganizationId); Assert.Contains(DepartmentDutyPhone, m.Body); });
        Assert.Contains(toDepartment, m => m.Channel == OutboxChannel.Email);

        // Restart: a second instance on the same database carries on from what is stored, and both scanning takes step 3 once.
        await using (var restarted = new RestartedApp(app))
        {
            app.Clock.Advance(Step);
            await Task.WhenAll(restarted.ScanAsync(), app.ScanAsync(), restarted.ScanAsync());
            await restarted.ScanAsync();
            Assert.Equal([1, 2, 3], (await restarted.StepsAsync(id)).Select(s => s.Step));
            app.Clock.Advance(TimeSpan.FromHours(1));
            await restarted.ScanAsync();
        }
        await app.ScanAsync();

        var steps = await app.StepsAsync(id);
        Assert.Equal([1, 2, 3], steps.Where(s => s.Kind == EscalationKind.Acknowledge).Select(s => s.Step));
        // Step 3: the leaders (the Leader account) and the department's leader on duty (no account: the department, with the phone).
        var toLeaders = await app.MessagesAsync($"incident:{id}:escalation:Acknowledge:3");
        Assert.Contains(toLeaders, m => m.UserId == leaderUser && m.Channel == OutboxChannel.InApp);
        Assert.Contains(toLeaders, m => m.OrganizationId == department && m.UserId != leaderUser && m.Body.Contains(DepartmentLeaderPhone));
        Assert.Equal(toLeaders.Count, toLeaders.Select(m => m.DedupKey).Distinct().Count());

        var timeline = await app.WithDbAsync(db => db.Set<IncidentEntry>().Where(e => e.IncidentId == id && e.Kind == IncidentEntryKind.Escalation).ToListAsync());
        Assert.Equal(3, timeline.Count);
        Assert.Contains(timeline, e => e.Text!.Contains("Bước 3") && e.Text.Contains("lãnh đạo"));
        var audit = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == nameof(IncidentEscalation) && a.Action == AuditAction.Create).ToListAsync());
        Assert.Equal(3, audit.Count(a => a.After!.Contains(id.ToString())));
        Assert.All(audit, a => Assert.Equal("escalation", a.UserName));
    }

    [Fact]
    public async Task AcknowledgingBeforeStepTwoStopsTheAcknowledgeEscalation()
    {
        await EnsureDutyAsync(app);
        var viettel = await app.OperatorSystemAsync("VIETTEL");
        var created = await IncidentsTestData.CreateAsync(viettel, IncidentsTestData.Body("Mất điện trạm thử tiếp nhận kịp", severity: 1));
        app.Clock.Advance(TimeSpan.FromMinutes(6));
        await app.ScanAsync();
        Assert.Single(await app.StepsAsync(created.Id()));

        var ack = await IncidentsTestData.StatusAsync(viettel, created.Id(), "Acknowledged", created.Revision());
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(50));
        await app.ScanAsync();
        await app.ScanAsync();

        var steps = await app.StepsAsync(created.Id());
        Assert.Equal([(EscalationKind.Acknowledge, 1)], steps.Select(s => (s.Kind, s.Step)));
    }

    [Fact]
    public async Task AnIncidentNotRestoredInTimeEscalatesSeparatelyAndRestoringStopsIt()
    {
        await EnsureDutyAsync(app);
        var viettel = await app.OperatorSystemAsync("VIETTEL");
        var created = await IncidentsTestData.CreateAsync(viettel, IncidentsTestData.Body("Đứt cáp thử khôi phục chậm", severity: 1));
        var acknowledged = await (await IncidentsTestData.StatusAsync(viettel, created.Id(), "Acknowledged", created.Revision())).Content.ReadFromJsonAsync<JsonElement>();

        app.Clock.Advance(TimeSpan.FromMinutes(119));
        await app.ScanAsync();
        Assert.Empty(await app.StepsAsync(created.Id()));
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await app.ScanAsync();
        await app.ScanAsync();
        var step = Assert.Single(await app.StepsAsync(created.Id()));
        Assert.Equal((EscalationKind.Restore, 1), (step.Kind, step.Step));
        Assert.NotEmpty(await app.MessagesAsync($"incident:{created.Id()}:escalation:Restore:1"));

        var restored = await IncidentsTestData.StatusAsync(viettel, created.Id(), "Restored", acknowledged.Revision());
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        app.Clock.Advance(TimeSpan.FromHours(2));
        await app.ScanAsync();
        Assert.Single(await app.StepsAsync(created.Id()));
    }

    [Fact]
    public async Task CancelledIncidentsNeverEscalate()
    {
        var viettel = await app.OperatorSystemAsync("VIETTEL");
        var created = await IncidentsTestData.CreateAsync(viettel, IncidentsTestData.Body("Báo nhầm thử hủy", severity: 1));
        var cancelled = await IncidentsTestData.StatusAsync(viettel, created.Id(), "Cancelled", created.Revision());
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        app.Clock.Advance(TimeSpan.FromHours(5));
        await app.ScanAsync();
        await app.ScanAsync();
        Assert.Empty(await app.StepsAsync(created.Id()));
    }

    [Fact]
    public async Task TheIncidentPageShowsDueTimesInVietnamTimeAndTheStepsTaken()
    {
        await EnsureDutyAsync(app);
        var created = await IncidentsTestData.CreateAsync(await app.OperatorSystemAsync("VIETTEL"), IncidentsTestData.Body("Nghẽn mạng thử trang SLA", severity: 1));
        var createdAt = app.Clock.GetUtcNow().UtcDateTime;
        app.Clock.Advance(TimeSpan.FromMinutes(7));
        await app.ScanAsync();

        var page = await (await app.SignedInAsync("coordinator")).GetAsync($"/Incidents/Details/{created.Id()}");
        var html = await TextAsync(page);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Thời hạn xử lý (SLA)", html);
        Assert.Contains(ThongSuot.Shared.TimeDisplay.Format(createdAt.AddMinutes(5)), html); // acknowledge due, UTC+7
        Assert.Contains(ThongSuot.Shared.TimeDisplay.Format(createdAt.AddMinutes(120)), html); // restore due
        Assert.Contains("Quá hạn", html);
        Assert.Contains("quá hạn 0 giờ 02 phút", html);
        Assert.Contains("còn 1 giờ 53 phút", html);
        Assert.Contains(ViettelDutyPhone, html);
    }
}

public sealed class EscalationTestsOnSqlite(SqliteNotificationsAppFactory app) : EscalationTests(app), IClassFixture<SqliteNotificationsAppFactory>;

public sealed class EscalationTestsOnPostgres(PostgresNotificationsAppFactory app) : EscalationTests(app), IClassFixture<PostgresNotificationsAppFactory>;
