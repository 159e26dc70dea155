using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThongSuot.Data;
using ThongSuot.Features.Notifications;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Incidents;

/// <summary>The webhook's "data" for incident events (camelCase JSON).</summary>
public sealed record IncidentNotificationData(Guid Id, string Number, string Type, string TypeName, int Severity, string SeverityName,
    string Status, string StatusName, string Title, string Link, string? Escalation = null, int? Step = null);

/// <summary>What incident messages need to know about the incident, read once.</summary>
public sealed record IncidentFacts(Guid Id, string Number, string Title, string TypeCode, string TypeName, int Severity, string SeverityName,
    IncidentStatus Status, Guid OrganizationId, string OrganizationName, DateTime StartedAt, string? AreaName, Guid? CampaignId);

/// <summary>
/// Writes incident notifications (Vietnamese) and, while the incident waits to be acknowledged, puts a signed single-use
/// acknowledge link for the recipient into the e-mail text. The link is issued in the caller's unit of work.
/// </summary>
public sealed class IncidentNotificationMessages(AppDbContext db, ActionLinks links, IOptionsMonitor<NotificationsOptions> notifications,
    IOptionsMonitor<EscalationOptions> options, TimeProvider clock)
{
    public async Task<IncidentFacts?> FactsAsync(Guid incidentId, CancellationToken ct) =>
        await db.Set<Incident>().AsNoTracking().Where(i => i.Id == incidentId).Select(i => new IncidentFacts(
            i.Id, i.Number, i.Title, i.TypeCode, i.Type!.Name, i.Severity,
            db.Set<IncidentSeverity>().Where(s => s.Level == i.Severity).Select(s => s.Name).FirstOrDefault() ?? "",
            i.Status, i.OrganizationId,
            db.Set<Organization>().Where(o => o.Id == i.OrganizationId).Select(o => o.ShortName).FirstOrDefault() ?? "",
            i.StartedAt,
            db.Set<Areas.Area>().Where(a => a.Id == i.AreaId).Select(a => a.Name).FirstOrDefault(), i.CampaignId)).FirstOrDefaultAsync(ct);

    public string PageUrl(Guid incidentId) => $"{notifications.CurrentValue.PublicBaseUrl.TrimEnd('/')}/Incidents/Details/{incidentId}";

    /// <summary>
    /// One event for one recipient. <paramref name="recipient"/> names who acknowledges with the link; the link is only
    /// added while the incident is still "reported".
    /// </summary>
    public NotificationEvent Compose(IncidentFacts f, string eventType, string dedupKey, string subject, IReadOnlyList<string> lines,
        (Guid OrganizationId, Guid? UserId, string Name)? recipient, string? escalation = null, int? step = null)
    {
        var text = new List<string>(lines)
        {
            $"Sự cố: {f.Number} – {f.Title}",
            $"Loại: {f.TypeName}. Mức độ: {f.Severity} – {f.SeverityName}. Trạng thái: {f.Status.Vietnamese()}.",
            $"Đơn vị báo: {f.OrganizationName}. Bắt đầu: {TimeDisplay.Format(f.StartedAt)} (giờ Việt Nam)" + (f.AreaName is null ? "." : $". Địa bàn: {f.AreaName}."),
            $"Xem chi tiết: {PageUrl(f.Id)}",
        };
        string? ackUrl = null;
        if (recipient is { } r && f.Status == IncidentStatus.Reported)
        {
            var target = new IncidentAcknowledgeLink
            {
                IncidentId = f.Id, OrganizationId = r.OrganizationId, UserId = r.UserId, RecipientName = Cut(r.Name, 256),
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.Add(target);
            var hours = Math.Max(options.CurrentValue.AcknowledgeLinkHours, 1);
            ackUrl = links.Issue(db, IncidentAcknowledgeLinkHandler.PurposeName, target.Id, TimeSpan.FromHours(hours), f.OrganizationId);
            text.Add($"Xác nhận đã tiếp nhận sự cố (không cần đăng nhập, dùng một lần, hiệu lực {hours} giờ): {ackUrl}");
        }
        var body = string.Join("\n", text);
        var html = "<p>" + string.Join("<br>", text.Select(WebUtility.HtmlEncode)) + "</p>"
            + (ackUrl is null ? "" : $"<p><a href=\"{WebUtility.HtmlEncode(ackUrl)}\">Xác nhận đã tiếp nhận sự cố {WebUtility.HtmlEncode(f.Number)}</a></p>");
        return new NotificationEvent(eventType, NotificationCategory.Incidents, dedupKey, Cut(subject, 300), body)
        {
            BodyHtml = html,
            Link = $"/Incidents/Details/{f.Id}",
            Data = new IncidentNotificationData(f.Id, f.Number, f.TypeCode, f.TypeName, f.Severity, f.SeverityName, f.Status.ToString(),
                f.Status.Vietnamese(), f.Title, PageUrl(f.Id), escalation, step),
        };
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
