using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Notifications;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared.Events;

namespace ThongSuot.Features.Incidents;

/// <summary>
/// Tells organisations about incidents through the outbox (in-app, e-mail, webhook as each chose): a new incident goes
/// to the involved organisations and the department, each e-mail with an acknowledge link; a status change goes to the
/// reporting and involved organisations; an assignment goes to each organisation it newly assigned.
/// Runs after the change committed, as a handler of the <see cref="IncidentChanged"/> event; idempotent by the outbox's DedupKey.
/// </summary>
public sealed class IncidentNotifications(AppDbContext db, Notifier notifier, Outbox outbox, IncidentNotificationMessages messages,
    EscalationTargets targets) : IHandles<IncidentChanged>
{
    public const string ReportedEvent = "incident.reported";
    public const string StatusEvent = "incident.status";
    public const string AssignedEvent = "incident.assigned";

    public async Task HandleAsync(IncidentChanged change, CancellationToken ct)
    {
        if (change.What == "assigned")
        {
            await AssignedAsync(change, ct);
            return;
        }
        var reported = change.What == "reported";
        if (!reported && change.What is not ("status" or "merged")) return;
        var facts = await messages.FactsAsync(change.IncidentId, ct);
        if (facts is null) return;
        var involved = await db.Set<IncidentOrganization>().AsNoTracking().Where(o => o.IncidentId == change.IncidentId)
            .Select(o => o.OrganizationId).Distinct().ToListAsync(ct);
        var recipients = reported
            ? involved.Concat(await targets.DepartmentsAsync(facts.CampaignId, ct)).ToList()
            : involved.Append(facts.OrganizationId).ToList();
        var names = await db.Set<Organization>().AsNoTracking().Where(o => recipients.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ShortName, ct);

        foreach (var org in recipients.Distinct().Where(names.ContainsKey))
        {
            var e = reported
                ? messages.Compose(facts, ReportedEvent, $"incident:{facts.Id}:reported",
                    $"[Sự cố mức {facts.Severity}] {facts.Number}: {facts.Title}",
                    ["Có sự cố mới cần tiếp nhận và phối hợp xử lý."], (org, null, $"Hộp thư {names[org]}"))
                : messages.Compose(facts, StatusEvent, $"incident:{facts.Id}:status:{change.Status}:{change.At.Ticks}",
                    $"[{change.Status.Vietnamese()}] {facts.Number}: {facts.Title}",
                    [$"Sự cố chuyển sang trạng thái \"{change.Status.Vietnamese()}\"."], null);
            await notifier.NotifyOrganizationAsync(db, org, e, ct);
        }
        await outbox.SaveChangesAsync(db, ct);
    }

    /// <summary>
    /// Each organisation this assignment added and that is still assigned now (a late run does not tell one removed since).
    /// The dedup key names the assignment by its time, so a second run of the listener tells nobody twice, while one removed
    /// and assigned again (a later assignment) is told again; a later assignment that keeps it does not list it as added.
    /// </summary>
    private async Task AssignedAsync(IncidentChanged change, CancellationToken ct)
    {
        var added = (change.Added ?? []).ToHashSet();
        if (added.Count == 0) return;
        var assigned = await db.Set<IncidentOrganization>().AsNoTracking()
            .Where(o => o.IncidentId == change.IncidentId && o.Role == IncidentInvolvement.Assigned && added.Contains(o.OrganizationId))
            .Select(o => o.OrganizationId).ToListAsync(ct);
        if (assigned.Count == 0) return;
        var facts = await messages.FactsAsync(change.IncidentId, ct);
        if (facts is null) return;
        var names = await db.Set<Organization>().AsNoTracking().Where(o => assigned.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ShortName, ct);
        // The coordinator's words ("Giao xử lý: VNPT. Ưu tiên trạm …") from the assignment's own timeline entry.
        var entry = await db.Set<IncidentEntry>().AsNoTracking()
            .Where(e => e.IncidentId == change.IncidentId && e.Kind == IncidentEntryKind.Assignment && e.At == change.At)
            .OrderByDescending(e => e.Id).Select(e => e.Text).FirstOrDefaultAsync(ct);

        foreach (var org in assigned.Where(names.ContainsKey))
        {
            var lines = new List<string> { $"{names[org]} được giao xử lý sự cố này: đề nghị tiếp nhận, khắc phục và cập nhật diễn biến trên hệ thống." };
            if (!string.IsNullOrWhiteSpace(entry)) lines.Add($"Nội dung giao: {entry}");
            var e = messages.Compose(facts, AssignedEvent, $"incident:{facts.Id}:assigned:{org}:{change.At.Ticks}",
                $"[Được giao xử lý] {facts.Number}: {facts.Title}", lines, (org, null, $"Hộp thư {names[org]}"));
            await notifier.NotifyOrganizationAsync(db, org, e, ct);
        }
        await outbox.SaveChangesAsync(db, ct);
    }
}
