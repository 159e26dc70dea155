using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Notifications;
using ThongSuot.Features.Organizations;

namespace ThongSuot.Features.Incidents;

/// <summary>
/// Tells organisations about incidents through the outbox (in-app, e-mail, webhook as each chose): a new incident goes
/// to the involved organisations and the department, each e-mail with an acknowledge link; a status change goes to the
/// reporting and involved organisations. Runs after the change committed (an <see cref="IIncidentListener"/>).
/// </summary>
public sealed class IncidentNotifications(AppDbContext db, Notifier notifier, Outbox outbox, IncidentNotificationMessages messages,
    EscalationTargets targets) : IIncidentListener
{
    public const string ReportedEvent = "incident.reported";
    public const string StatusEvent = "incident.status";

    public async Task OnChangedAsync(IncidentChange change, CancellationToken ct)
    {
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
}
