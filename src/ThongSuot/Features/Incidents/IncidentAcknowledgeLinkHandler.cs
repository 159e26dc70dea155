using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Notifications;
using ThongSuot.Shared;
using ThongSuot.Shared.Events;

namespace ThongSuot.Features.Incidents;

/// <summary>
/// "incident.acknowledge": the link in an incident e-mail. Runs the workflow's reported → acknowledged step as the
/// link's recipient (the timeline names them, "qua liên kết trong email"), in the same SaveChanges that marks the link
/// used. An incident that is no longer waiting is left alone and the page says who acknowledged it and when.
/// </summary>
public sealed class IncidentAcknowledgeLinkHandler(TimeProvider clock, DomainEvents events)
    : IActionLinkHandler
{
    public const string PurposeName = "incident.acknowledge";
    public const string ViaEmail = "qua liên kết trong email";

    public string Purpose => PurposeName;

    public async Task<string?> DescribeAsync(AppDbContext db, Guid targetId, CancellationToken ct)
    {
        var found = await FindAsync(db, targetId, ct);
        if (found is not var (link, incident)) return null;
        return incident.Status == IncidentStatus.Reported
            ? $"Xác nhận đã tiếp nhận sự cố {incident.Number}: {incident.Title} (mức {incident.Severity}). Người xác nhận: {link.RecipientName}."
            : await AlreadyAsync(db, incident, ct);
    }

    public async Task<ServiceResult<string>> PerformAsync(AppDbContext db, Guid targetId, CancellationToken ct)
    {
        var found = await FindAsync(db, targetId, ct);
        if (found is not var (link, incident)) return ServiceError.NotFound();
        if (incident.Status != IncidentStatus.Reported) return ServiceError.Conflict(await AlreadyAsync(db, incident, ct));

        var now = clock.GetUtcNow().UtcDateTime;
        IncidentWorkflow.Apply(incident, IncidentStatus.Acknowledged, now);
        incident.Revision++;
        incident.UpdatedAt = now;
        db.Add(new IncidentEntry
        {
            IncidentId = incident.Id, At = now, Kind = IncidentEntryKind.Status, FromStatus = IncidentStatus.Reported, ToStatus = IncidentStatus.Acknowledged,
            Text = $"Tiếp nhận {ViaEmail}.", ByUserId = link.UserId, ByName = $"{link.RecipientName} ({ViaEmail})", OrganizationId = link.OrganizationId,
        });
        var change = new IncidentChanged(incident.Id, incident.Number, "status", incident.Status, incident.Severity, now);
        events.Publish(db, change);
        return $"Đã xác nhận tiếp nhận sự cố {incident.Number}: {incident.Title}.";
    }

    private static async Task<(IncidentAcknowledgeLink, Incident)?> FindAsync(AppDbContext db, Guid targetId, CancellationToken ct)
    {
        var link = await db.Set<IncidentAcknowledgeLink>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == targetId, ct);
        if (link is null) return null;
        var incident = await db.Set<Incident>().FirstOrDefaultAsync(i => i.Id == link.IncidentId, ct);
        return incident is null ? null : (link, incident);
    }

    private static async Task<string> AlreadyAsync(AppDbContext db, Incident incident, CancellationToken ct)
    {
        if (incident.AcknowledgedAt is not { } at)
            return $"Sự cố {incident.Number} đang ở trạng thái \"{incident.Status.Vietnamese()}\", không cần xác nhận tiếp nhận nữa. Liên kết không thay đổi gì.";
        var by = await db.Set<IncidentEntry>().AsNoTracking()
            .Where(e => e.IncidentId == incident.Id && e.ToStatus == IncidentStatus.Acknowledged).OrderBy(e => e.At).Select(e => e.ByName).FirstOrDefaultAsync(ct);
        return $"Sự cố {incident.Number} đã được tiếp nhận lúc {TimeDisplay.Format(at)}" + (by is null ? "" : $" bởi {by}") + ". Liên kết không thay đổi gì.";
    }
}
