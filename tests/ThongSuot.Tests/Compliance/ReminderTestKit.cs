using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ThongSuot.Data;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Compliance;
using ThongSuot.Features.Directives;
using ThongSuot.Features.Notifications;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;
using ThongSuot.Tests.Infrastructure;
using ThongSuot.Tests.Notifications;

namespace ThongSuot.Tests.Compliance;

/// <summary>
/// The notifications test app (manual clock, dispatcher driven by the test, SMTP on loopback) with the reminder loop
/// off: tests call <see cref="ReminderWorker.ScanAsync"/> themselves.
/// </summary>
public abstract class ReminderAppFactory(DbProvider provider) : NotificationsAppFactory(provider)
{
    public static readonly Dictionary<string, string?> Settings = new()
    {
        ["Compliance:Reminders:ScanSeconds"] = "0",
        ["Compliance:Reminders:DaysBefore:0"] = "2",
        ["Compliance:Reminders:OnDueDay"] = "true",
        ["Compliance:Reminders:Overdue"] = "true",
        ["Compliance:Reminders:OverdueRepeatDays"] = "0",
        ["Duty:ShiftReminderMinutes"] = "30",
        ["Duty:ShiftReminderScanSeconds"] = "0",
    };

    private readonly HashSet<Guid> _used = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(Settings));
    }

    public ReminderWorker Worker => Services.GetRequiredService<ReminderWorker>();

    public DateOnly Today => TimeDisplay.Today(Clock);

    /// <summary>Moves the manual clock to a time of day in Vietnam on <paramref name="day"/>.</summary>
    public void MoveTo(DateOnly day, int hour, int minute = 0) => Clock.MoveTo(ReminderSchedule.At(day, new TimeOnly(hour, minute)));

    /// <summary>
    /// An assignment of a task (report-required ones first) of the demo's issued 2027 letter (or, with <paramref name="closedCampaign"/>,
    /// of the 2026 letter of the closed campaign) to <paramref name="organization"/>, created "now" by the manual clock.
    /// Uses a free (task, organisation) pair, or takes over one this class has not used yet if the demo already holds them all.
    /// </summary>
    public Task<Guid> AssignAsync(string organization, DateOnly due, AssignmentStatus status = AssignmentStatus.Pending, bool closedCampaign = false) =>
        WithDbAsync(async db =>
        {
            var year = closedCampaign ? 2026 : 2027;
            var key = $"{CampaignOccasion.LunarNewYear}:{year}";
            var letter = await db.Set<Directive>().Where(d => d.Campaign!.UniqueKey == key && d.Status == DirectiveStatus.Issued && d.ParentDirectiveId == null)
                .Select(d => new { d.Id, d.CampaignId }).FirstAsync();
            var orgId = await db.Set<Organization>().Where(o => o.ShortName == organization).Select(o => o.Id).SingleAsync();
            // The seed template behind the demo letters asks for no report in so many words; then any of its tasks
            // stands in (the worker does not look at the flag: issuing made the assignment, that is what counts).
            var tasks = await db.Set<DirectiveTask>()
                .Where(t => db.Set<DirectiveSection>().Any(s => s.Id == t.SectionId && s.DirectiveId == letter.Id))
                .OrderByDescending(t => t.ReportRequired).ThenBy(t => t.SectionId).ThenBy(t => t.Order).Select(t => t.Id).ToListAsync();
            Assert.NotEmpty(tasks);
            var existing = await db.Set<ComplianceAssignment>().Where(a => a.OrganizationId == orgId && tasks.Contains(a.TaskId)).ToListAsync();
            var now = Clock.GetUtcNow().UtcDateTime;
            var assignment = tasks.Where(t => existing.All(a => a.TaskId != t)).Select(t => new ComplianceAssignment
            {
                DirectiveId = letter.Id, TaskId = t, CampaignId = letter.CampaignId, OrganizationId = orgId,
            }).FirstOrDefault();
            if (assignment is null)
            {
                lock (_used) assignment = existing.First(a => !_used.Contains(a.Id));
            }
            else db.Add(assignment);
            assignment.DueDate = due;
            assignment.Status = status;
            assignment.CreatedAt = assignment.UpdatedAt = now;
            await db.SaveChangesAsync();
            lock (_used) _used.Add(assignment.Id);
            return assignment.Id;
        });

    public Task<List<OutboxMessage>> RemindersAsync(Guid assignmentId) => WithDbAsync(db =>
    {
        var prefix = ReminderMessage.DedupKey(assignmentId, "");
        return db.Set<OutboxMessage>().AsNoTracking().Where(m => m.DedupKey.StartsWith(prefix)).OrderBy(m => m.CreatedAt).ToListAsync();
    });

    /// <summary>Who should hear about a reminder to an organisation with default preferences: its address by e-mail, its active users in the app.</summary>
    public Task<(string Email, int Users)> ContactsAsync(string organization) => WithDbAsync(async db =>
    {
        var org = await db.Set<Organization>().SingleAsync(o => o.ShortName == organization);
        var users = await db.Users.CountAsync(u => u.OrganizationId == org.Id && !u.IsDisabled);
        return (org.Email!, users);
    });

    public static string Occasion(OutboxMessage m) => m.DedupKey.Split('|')[0].Split(':')[^1];
}

public sealed class SqliteReminderAppFactory() : ReminderAppFactory(DbProvider.Sqlite);

public sealed class PostgresReminderAppFactory() : ReminderAppFactory(DbProvider.Postgres);

/// <summary>A second app instance on the first one's database and clock, as a restarted or second node would be.</summary>
public sealed class SecondReminderInstance(ReminderAppFactory first) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(first.Database.AppSettings()
            .Concat(ReminderAppFactory.Settings)
            .Concat([new("Demo:Seed", "false"), new("Notifications:PollSeconds", "0"), new("Notifications:PublicBaseUrl", "https://thongsuot.test")])));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(first.Clock);
        });
    }

    public ReminderWorker Worker => Services.GetRequiredService<ReminderWorker>();
}
