using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThongSuot.Data;
using ThongSuot.Features.Notifications;
using ThongSuot.Shared;

namespace ThongSuot.Features.Incidents;

/// <summary>
/// One pass over open incidents: for each breached SLA clock, takes the next escalation step if it is due. A step is
/// the <see cref="IncidentEscalation"/> row, a timeline entry and the outbox messages, saved together; the unique index
/// on (incident, kind, step) decides between app instances, so a step happens once even across restarts.
/// </summary>
public sealed class EscalationScanner(AppDbContext db, TimeProvider clock, IOptionsMonitor<EscalationOptions> options, EscalationTargets targets,
    IncidentNotificationMessages messages, Notifier notifier, ILogger<EscalationScanner> log)
{
    public const string EscalatedEvent = "incident.escalated";

    /// <summary>Returns the number of steps taken.</summary>
    public async Task<int> ScanAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var interval = TimeSpan.FromMinutes(Math.Max(options.CurrentValue.StepMinutes, 1));
        var open = await db.Set<Incident>().AsNoTracking()
            .Where(i => i.Status == IncidentStatus.Reported || i.Status == IncidentStatus.Acknowledged || i.Status == IncidentStatus.Responding)
            .Select(i => new { i.Id, i.CreatedAt, i.AcknowledgedAt, i.RestoredAt, i.Status, i.Severity }).ToListAsync(ct);
        if (open.Count == 0) return 0;
        var severities = await db.Set<IncidentSeverity>().AsNoTracking().ToDictionaryAsync(s => s.Level, ct);
        var ids = open.Select(i => i.Id).ToList();
        var taken = (await db.Set<IncidentEscalation>().AsNoTracking().Where(e => ids.Contains(e.IncidentId))
            .Select(e => new { e.IncidentId, e.Kind, e.Step, e.At }).ToListAsync(ct)).ToLookup(e => (e.IncidentId, e.Kind));

        var steps = 0;
        foreach (var i in open)
        {
            if (!severities.TryGetValue(i.Severity, out var severity)) continue;
            SlaClock[] clocks =
            [
                EscalationSla.Acknowledge(i.CreatedAt, i.AcknowledgedAt, i.Status, severity.AcknowledgeMinutes),
                EscalationSla.Restore(i.CreatedAt, i.RestoredAt, i.Status, severity.RestoreMinutes),
            ];
            foreach (var sla in clocks.Where(c => c.Running && now >= c.Due))
            {
                var last = taken[(i.Id, sla.Kind)].OrderByDescending(e => e.Step).FirstOrDefault();
                var step = (last?.Step ?? 0) + 1;
                if (step > EscalationSla.LastStep || now < EscalationSla.StepDue(step, sla.Due, last?.At, interval)) continue;
                if (await EscalateAsync(i.Id, sla, step, now, ct)) steps++;
            }
        }
        return steps;
    }

    private async Task<bool> EscalateAsync(Guid incidentId, SlaClock sla, int step, DateTime now, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var incident = await db.Set<Incident>().AsNoTracking().Include(x => x.Organizations).FirstOrDefaultAsync(x => x.Id == incidentId, ct);
        var facts = await messages.FactsAsync(incidentId, ct);
        if (incident is null || facts is null) return false;
        var who = await targets.ForStepAsync(incident, step, now, ct);
        var what = sla.Kind == EscalationKind.Acknowledge ? "chưa được tiếp nhận" : "chưa được khôi phục";
        var summary = who.Count == 0 ? "(không tìm thấy người nhận)" : string.Join("; ", who.Select(t => t.Label));
        var line = $"Quá hạn {sla.Kind.Vietnamese().ToLowerInvariant()} (hạn {TimeDisplay.Format(sla.Due)}). Bước {step}: báo {EscalationSla.StepName(step)} – {summary}";
        db.Add(new IncidentEscalation { IncidentId = incidentId, Kind = sla.Kind, Step = step, At = now, Targets = Cut(summary, 2000), OrganizationId = incident.OrganizationId });
        db.Add(new IncidentEntry
        {
            IncidentId = incidentId, At = now, Kind = IncidentEntryKind.Escalation, Text = Cut(line, 4000), ByName = "Hệ thống (tự động leo thang)",
        });
        // One message per person, and one per organisation listing everyone on duty there (the dedup key is per recipient).
        var groups = who.GroupBy(t => (t.OrganizationId, t.UserId)).Select(g => (g.Key.OrganizationId, g.Key.UserId, Label: string.Join("; ", g.Select(t => t.Label))));
        foreach (var (organizationId, userId, label) in groups)
        {
            var e = messages.Compose(facts, EscalatedEvent, $"incident:{incidentId}:escalation:{sla.Kind}:{step}",
                $"[Leo thang bước {step}] {facts.Number} {what}: {facts.Title}",
                [$"Sự cố {what} quá hạn (hạn {TimeDisplay.Format(sla.Due)} giờ Việt Nam).", $"Bước {step}: báo {EscalationSla.StepName(step)}.", $"Người trực: {label}."],
                sla.Kind == EscalationKind.Acknowledge ? (organizationId, userId, label) : null, sla.Kind.ToString(), step);
            if (userId is { } user) await notifier.NotifyUserAsync(db, user, e, ct);
            else await notifier.NotifyOrganizationAsync(db, organizationId, e, ct);
        }
        try
        {
            await db.SaveChangesAsync(ct);
            log.LogWarning("Incident {Number} escalated: {Kind} step {Step}", facts.Number, sla.Kind, step);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another instance took this step first (unique index): it has told everyone already.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
