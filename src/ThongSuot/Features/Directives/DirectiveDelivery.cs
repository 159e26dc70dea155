using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThongSuot.Data;
using ThongSuot.Features.Notifications;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;
using ThongSuot.Shared.Events;

namespace ThongSuot.Features.Directives;

/// <summary>The webhook's "data" of <c>directive.issued</c> (camelCase JSON); links are absolute.</summary>
public sealed record DirectiveIssuedData(Guid DirectiveId, string Number, string IssuedOn, string Subject, string Issuer, bool IsCorrection,
    Guid? PreviousVersionId, string? PreviousNumber, Guid OrganizationId, string Link, string PdfUrl, string DocxUrl);

/// <summary>
/// Sends an issued letter (or a correction of one) to each recipient organisation through the outbox, as the organisation
/// and its members chose for the category Directives: the bell, e-mail with the letter's .pdf attached (rendered at
/// delivery, <see cref="DirectivePdfAttachment"/>) and links to its page and its .pdf/.docx, webhook <c>directive.issued</c>. Records when it was sent there
/// (<see cref="DirectiveReceipt"/>). Runs after the issue committed; a second run adds nothing (DedupKey and receipt key).
/// </summary>
public sealed class DirectiveDelivery(AppDbContext db, Notifier notifier, Outbox outbox, IOptionsMonitor<NotificationsOptions> options,
    TimeProvider clock) : IHandles<DirectiveIssued>
{
    public const string IssuedEvent = "directive.issued";

    public async Task HandleAsync(DirectiveIssued issued, CancellationToken ct)
    {
        var letter = await db.Set<Directive>().AsNoTracking().Where(d => d.Id == issued.DirectiveId)
            .Select(d => new { d.Subject, Issuer = d.Organization!.Name }).FirstOrDefaultAsync(ct);
        if (letter is null) return;
        var previous = issued.PreviousVersionId is { } previousId
            ? await db.Set<Directive>().AsNoTracking().Where(d => d.Id == previousId).Select(d => new { d.Number, d.Symbol }).FirstOrDefaultAsync(ct)
            : null;
        var previousNumber = previous?.Number is { } n ? $"{n:00}/{previous.Symbol}" : null;
        var recipients = await db.Set<Organization>().AsNoTracking().Where(o => issued.RecipientOrganizationIds.Contains(o.Id))
            .Select(o => o.Id).ToListAsync(ct);
        var sent = await db.Set<DirectiveReceipt>().AsNoTracking().Where(r => r.DirectiveId == issued.DirectiveId)
            .Select(r => r.OrganizationId).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;

        foreach (var org in recipients)
        {
            var data = Data(issued, letter.Subject, letter.Issuer, previousNumber, org);
            await notifier.NotifyOrganizationAsync(db, org, Compose(issued, data), ct);
            if (!sent.Contains(org)) db.Add(new DirectiveReceipt { DirectiveId = issued.DirectiveId, OrganizationId = org, SentAt = now });
        }
        await outbox.SaveChangesAsync(db, ct);
    }

    private DirectiveIssuedData Data(DirectiveIssued e, string subject, string issuer, string? previousNumber, Guid org)
    {
        var site = options.CurrentValue.PublicBaseUrl.TrimEnd('/');
        return new DirectiveIssuedData(e.DirectiveId, e.Number, e.IssuedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            subject, issuer, e.PreviousVersionId is not null, e.PreviousVersionId, previousNumber, org,
            $"{site}/Directives/Details/{e.DirectiveId}", $"{site}/api/v1/directives/{e.DirectiveId}/document.pdf",
            $"{site}/api/v1/directives/{e.DirectiveId}/document.docx");
    }

    private static NotificationEvent Compose(DirectiveIssued e, DirectiveIssuedData d)
    {
        var correction = d.IsCorrection;
        var lines = new List<string>
        {
            correction
                ? $"{d.Issuer} ban hành bản đính chính công văn số {d.PreviousNumber ?? "trước"}: công văn số {e.Number} thay thế công văn đó."
                : $"{d.Issuer} đã ban hành công văn gửi đơn vị.",
            $"Công văn số {e.Number} ngày {TimeDisplay.FormatDate(e.IssuedOn)}: {d.Subject}",
            $"Xem và xác nhận đã nhận: {d.Link}",
            $"Tải bản .pdf: {d.PdfUrl}",
            $"Tải bản .docx: {d.DocxUrl}",
            "Đăng nhập để xem và tải công văn.",
        };
        var subject = (correction ? "[Đính chính] " : "[Công văn] ") + $"Số {e.Number}: {d.Subject}";
        return new NotificationEvent(IssuedEvent, NotificationCategory.Directives, $"directive:{e.DirectiveId}:issued:{d.OrganizationId}",
            subject.Length <= 300 ? subject : subject[..300], string.Join("\n", lines))
        {
            BodyHtml = "<p>" + string.Join("<br>", lines.Select(WebUtility.HtmlEncode)) + "</p>",
            Link = $"/Directives/Details/{e.DirectiveId}",
            Data = d,
            Attachment = DirectivePdfAttachment.Reference(e.DirectiveId),
        };
    }
}
