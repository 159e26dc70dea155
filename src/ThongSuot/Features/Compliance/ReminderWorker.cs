using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThongSuot.Data;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Directives;
using ThongSuot.Features.Notifications;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Compliance;

/// <summary>
/// Every Compliance:Reminders:ScanSeconds, finds open assignments whose reminder has come due and notifies the
/// recipient organisation through the outbox. Exactly once comes from the outbox's unique DedupKey
/// ("compliance:reminder:{assignment}:{occasion}"), not from memory: a restarted app or a second node scanning the same
/// database adds nothing that is already there, and a concurrent insert of the same key loses quietly.
/// </summary>
public sealed class ReminderWorker(
    IServiceScopeFactory scopes, IOptionsMonitor<ReminderOptions> options, IOptionsMonitor<NotificationsOptions> notifications,
    TimeProvider clock, ILogger<ReminderWorker> log) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicWork.RunAsync(options.CurrentValue.ScanSeconds, clock, ScanAsync, log, "Reminder scan", stoppingToken);

    /// <summary>One pass; returns how many reminders (assignment and occasion) were enqueued.</summary>
    public async Task<int> ScanAsync(CancellationToken ct = default)
    {
        var o = options.CurrentValue;
        if (!o.Enabled) return 0;
        var now = clock.GetUtcNow();
        var today = TimeDisplay.VietnamDay(now.UtcDateTime);
        var horizon = today.AddDays(ReminderSchedule.LeadDays(o));

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var candidates = await ReminderQueries.OpenAssignments(db, horizon).ToListAsync(ct);
        var due = candidates
            .Select(a => (a.Id, Occasion: ReminderSchedule.DueNow(a.Status, a.DueDate, now, o, new DateTimeOffset(DateTime.SpecifyKind(a.CreatedAt, DateTimeKind.Utc)))))
            .Where(x => x.Occasion is not null).Select(x => (x.Id, Occasion: x.Occasion!)).ToList();
        if (due.Count == 0) return 0;

        // Cheap first sieve: occasions with any message already stored are done (the exact per-message check is the
        // notifier's). It also keeps a member who joined after a reminder from getting that reminder on their own.
        var since = due.Min(x => x.Occasion.DueAt).UtcDateTime.AddDays(-1);
        var sent = (await db.Set<OutboxMessage>().AsNoTracking()
                .Where(m => m.EventType == ReminderMessage.EventType && m.CreatedAt >= since).Select(m => m.DedupKey).ToListAsync(ct))
            .Select(k => k.Split('|')[0]).ToHashSet(StringComparer.Ordinal);
        var pending = due.Where(x => !sent.Contains(ReminderMessage.DedupKey(x.Id, x.Occasion.Name))).ToList();
        if (pending.Count == 0) return 0;

        var facts = await ReminderQueries.FactsAsync(db, pending.Select(x => x.Id).ToList(), today, ct);
        var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
        var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
        var baseUrl = notifications.CurrentValue.PublicBaseUrl;
        var reminded = 0;
        foreach (var (id, occasion) in pending)
        {
            if (!facts.TryGetValue(id, out var f)) continue;
            try
            {
                var added = await notifier.NotifyOrganizationAsync(db, f.OrganizationId, ReminderMessage.Build(f, occasion, today, baseUrl), ct);
                await outbox.SaveChangesAsync(db, ct);
                Shared.Telemetry.AppMetrics.RemindersSent("compliance", added);
                if (added > 0) reminded++;
                if (log.IsEnabled(LogLevel.Information))
                    log.LogInformation("Reminder {Occasion} for assignment {Assignment}: {Messages} message(s).", occasion.Name, id, added);
            }
            catch (DbUpdateException e)
            {
                // One assignment that cannot be saved must not hold up the others; the next scan tries it again.
                log.LogError(e, "Could not enqueue reminder {Occasion} for assignment {Assignment}.", occasion.Name, id);
            }
            db.ChangeTracker.Clear();
        }
        return reminded;
    }
}

/// <summary>The worker's reads: which assignments may be due, and what their reminders say.</summary>
internal static class ReminderQueries
{
    public sealed record Candidate(Guid Id, AssignmentStatus Status, DateOnly DueDate, DateTime CreatedAt);

    /// <summary>
    /// Open assignments due by <paramref name="horizon"/> of letters in force (issued, not superseded by a correction)
    /// in campaigns not closed.
    /// </summary>
    public static IQueryable<Candidate> OpenAssignments(AppDbContext db, DateOnly horizon) =>
        from a in db.Set<ComplianceAssignment>().AsNoTracking()
        join d in db.Set<Directive>() on a.DirectiveId equals d.Id
        join c in db.Set<Campaign>() on d.CampaignId equals c.Id
        where (a.Status == AssignmentStatus.Pending || a.Status == AssignmentStatus.Acknowledged || a.Status == AssignmentStatus.Returned)
              && d.Status == DirectiveStatus.Issued && c.Status != CampaignStatus.Closed && a.DueDate <= horizon
        select new Candidate(a.Id, a.Status, a.DueDate, a.CreatedAt);

    public static async Task<Dictionary<Guid, ReminderFacts>> FactsAsync(AppDbContext db, List<Guid> ids, DateOnly today, CancellationToken ct)
    {
        var rows = await (
            from a in db.Set<ComplianceAssignment>().AsNoTracking()
            where ids.Contains(a.Id)
            join d in db.Set<Directive>() on a.DirectiveId equals d.Id
            join t in db.Set<DirectiveTask>() on a.TaskId equals t.Id
            join r in db.Set<Organization>() on a.OrganizationId equals r.Id
            join i in db.Set<Organization>() on d.OrganizationId equals i.Id
            select new { a, d.Number, d.Symbol, d.IssuedOn, d.Subject, IssuerName = i.Name, i.Hotline, RecipientName = r.Name, t.Text, t.DueDate })
            .ToListAsync(ct);
        return rows.ToDictionary(x => x.a.Id, x => new ReminderFacts(
            x.a.Id, x.a.DirectiveId, x.a.TaskId, x.a.OrganizationId, x.RecipientName,
            x.Number is { } n ? $"{n:00}/{x.Symbol}" : null, x.IssuedOn, x.IssuerName, x.Hotline, x.Subject,
            // The task's own text with its due date filled in, as the letter printed it.
            DirectiveLetter.TaskText(new DirectiveTask { Text = x.Text, DueDate = x.DueDate ?? x.a.DueDate }),
            x.a.DueDate, x.a.Of(today)));
    }
}
