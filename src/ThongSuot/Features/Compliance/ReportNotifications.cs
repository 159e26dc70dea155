using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Directives;
using ThongSuot.Features.Notifications;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;
using ThongSuot.Shared.Events;

namespace ThongSuot.Features.Compliance;

/// <summary>The webhook's "data" of <c>compliance.report.*</c> (camelCase JSON).</summary>
public sealed record ReportNotificationData(Guid AssignmentId, Guid ReportId, int Version, string Change, Guid DirectiveId, string? DirectiveNumber,
    Guid OrganizationId, string OrganizationName, string Task, string? Comment, string Link);

/// <summary>
/// Tells the other side of a report through the outbox: a submitted report goes to whoever reviews it (the issuing
/// department's coordinators; for a letter an organisation cascaded, that organisation), a returned or accepted one to
/// the reporting organisation as it chose for the category Directives. Runs after the change committed; idempotent by DedupKey.
/// </summary>
public sealed class ReportNotifications(AppDbContext db, Notifier notifier, Outbox outbox, IOptionsMonitor<NotificationsOptions> options)
    : IHandles<ReportChanged>
{
    public const string SubmittedEvent = "compliance.report.submitted";
    public const string ReturnedEvent = "compliance.report.returned";
    public const string AcceptedEvent = "compliance.report.accepted";

    public async Task HandleAsync(ReportChanged change, CancellationToken ct)
    {
        var facts = await (from a in db.Set<ComplianceAssignment>().AsNoTracking()
                           join r in db.Set<ComplianceReport>() on a.Id equals r.AssignmentId
                           join d in db.Set<Directive>() on a.DirectiveId equals d.Id
                           join t in db.Set<DirectiveTask>() on a.TaskId equals t.Id
                           join o in db.Set<Organization>() on a.OrganizationId equals o.Id
                           where a.Id == change.AssignmentId && r.Id == change.ReportId
                           select new { a.OrganizationId, OrganizationName = o.Name, a.DirectiveId, d.Number, d.Symbol, IssuerId = d.OrganizationId,
                               d.ParentDirectiveId, Task = t.Text, r.ReviewComment, r.SubmittedByName }).FirstOrDefaultAsync(ct);
        if (facts is null) return;
        var number = facts.Number is { } n ? $"{n:00}/{facts.Symbol}" : null;
        var link = $"{options.CurrentValue.PublicBaseUrl.TrimEnd('/')}/Compliance/Assignment/{change.AssignmentId}";
        var comment = change.What == ReportChange.Submitted ? null : facts.ReviewComment;
        var data = new ReportNotificationData(change.AssignmentId, change.ReportId, change.Version, change.What.ToString(), facts.DirectiveId, number,
            facts.OrganizationId, facts.OrganizationName, facts.Task, comment, link);
        var (eventType, subject, opening) = change.What switch
        {
            ReportChange.Submitted => (SubmittedEvent, $"[Báo cáo mới] {facts.OrganizationName} gửi báo cáo (lần {change.Version})",
                $"{facts.OrganizationName} đã gửi báo cáo lần {change.Version}" + (facts.SubmittedByName is null ? "" : $" (người gửi: {facts.SubmittedByName})") + ", đề nghị xem xét."),
            ReportChange.Returned => (ReturnedEvent, $"[Báo cáo bị trả lại] Công văn số {number}",
                $"Báo cáo lần {change.Version} của {facts.OrganizationName} bị trả lại; đề nghị bổ sung và gửi lại."),
            _ => (AcceptedEvent, $"[Báo cáo được chấp thuận] Công văn số {number}",
                $"Báo cáo lần {change.Version} của {facts.OrganizationName} đã được chấp thuận."),
        };
        var lines = new List<string> { opening, $"Công văn số {number}. Nhiệm vụ: {facts.Task}" };
        if (!string.IsNullOrWhiteSpace(comment)) lines.Add($"Nhận xét: {comment}");
        lines.Add($"Xem chi tiết: {link}");
        var e = new NotificationEvent(eventType, NotificationCategory.Directives, $"compliance:report:{change.ReportId}:{change.What}",
            subject.Length <= 300 ? subject : subject[..300], string.Join("\n", lines))
        {
            BodyHtml = "<p>" + string.Join("<br>", lines.Select(WebUtility.HtmlEncode)) + "</p>",
            Link = $"/Compliance/Assignment/{change.AssignmentId}",
            Data = data,
        };

        if (change.What != ReportChange.Submitted) await notifier.NotifyOrganizationAsync(db, facts.OrganizationId, e, ct);
        else if (facts.ParentDirectiveId is not null) await notifier.NotifyOrganizationAsync(db, facts.IssuerId, e, ct);
        else foreach (var coordinator in await CoordinatorsAsync(facts.IssuerId, ct)) await notifier.NotifyUserAsync(db, coordinator, e, ct);
        await outbox.SaveChangesAsync(db, ct);
    }

    private Task<List<Guid>> CoordinatorsAsync(Guid organizationId, CancellationToken ct) =>
        (from u in db.Users.AsNoTracking()
         join ur in db.UserRoles on u.Id equals ur.UserId
         join role in db.Roles on ur.RoleId equals role.Id
         where u.OrganizationId == organizationId && role.Name == Roles.Coordinator && !u.IsDisabled
         select u.Id).Distinct().ToListAsync(ct);
}
