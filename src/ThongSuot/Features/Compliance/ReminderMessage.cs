using System.Globalization;
using System.Net;
using System.Text;
using ThongSuot.Features.Notifications;

namespace ThongSuot.Features.Compliance;

/// <summary>What a reminder says about one assignment; everything is already loaded by the worker.</summary>
public sealed record ReminderFacts(
    Guid AssignmentId, Guid DirectiveId, Guid TaskId, Guid OrganizationId, string RecipientName,
    string? LetterNumber, DateOnly? LetterDate, string IssuerName, string? IssuerHotline, string LetterSubject,
    string TaskText, DateOnly DueDate, ComplianceState State);

/// <summary>The Vietnamese subject and body (plain and HTML) of a report reminder, and its dedup key.</summary>
public static class ReminderMessage
{
    public const string EventType = "compliance.reminder";

    /// <summary>One key per assignment and occasion; the notifier adds channel and recipient.</summary>
    public static string DedupKey(Guid assignmentId, string occasion) => $"compliance:reminder:{assignmentId}:{occasion}";

    public static string LinkPath(Guid assignmentId) => $"/Compliance/Assignment/{assignmentId}";

    public static NotificationEvent Build(ReminderFacts f, ReminderOccasion occasion, DateOnly today, string? publicBaseUrl)
    {
        var path = LinkPath(f.AssignmentId);
        var url = Absolute(publicBaseUrl, path);
        var letter = Letter(f);
        var (headline, request) = Wording(occasion, f.DueDate, today);
        var subject = Cut($"{headline} – {letter}", 300);

        var facts = new (string Label, string Value)[]
        {
            ("Công văn", $"{(f.LetterNumber is { Length: > 0 } n ? "số " + n : "chưa có số")}{(f.LetterDate is { } d ? " ngày " + Day(d) : "")} của {f.IssuerName}"),
            ("Trích yếu", f.LetterSubject),
            ("Nhiệm vụ", f.TaskText),
            ("Hạn báo cáo", $"{Day(f.DueDate)} (hết ngày, giờ Việt Nam)"),
            ("Tình trạng", f.State.Vietnamese()),
        };
        var hotline = string.IsNullOrWhiteSpace(f.IssuerHotline) ? null : $"Cần hỗ trợ, xin gọi đường dây nóng của {f.IssuerName}: {f.IssuerHotline.Trim()}.";

        var text = new StringBuilder()
            .Append("Kính gửi: ").AppendLine(f.RecipientName).AppendLine()
            .AppendLine(request).AppendLine();
        foreach (var (label, value) in facts) text.Append("- ").Append(label).Append(": ").AppendLine(value);
        text.AppendLine().Append("Xem và báo cáo tại: ").AppendLine(url);
        if (hotline is not null) text.AppendLine(hotline);
        text.AppendLine().AppendLine("Thư nhắc tự động của hệ thống ThongSuot; mỗi lần nhắc chỉ gửi một lần.");

        var html = new StringBuilder()
            .Append("<p>Kính gửi: ").Append(H(f.RecipientName)).Append("</p>")
            .Append("<p><strong>").Append(H(request)).Append("</strong></p><ul>");
        foreach (var (label, value) in facts) html.Append("<li>").Append(H(label)).Append(": ").Append(H(value)).Append("</li>");
        html.Append("</ul><p><a href=\"").Append(H(url)).Append("\">Xem và báo cáo</a></p>");
        if (hotline is not null) html.Append("<p>").Append(H(hotline)).Append("</p>");
        html.Append("<p><small>Thư nhắc tự động của hệ thống ThongSuot; mỗi lần nhắc chỉ gửi một lần.</small></p>");

        return new NotificationEvent(EventType, NotificationCategory.Reminders, DedupKey(f.AssignmentId, occasion.Name), subject, Cut(text.ToString(), 20000))
        {
            BodyHtml = Cut(html.ToString(), 40000),
            Link = path,
            Data = new
            {
                f.AssignmentId, f.DirectiveId, f.TaskId, f.OrganizationId, Occasion = occasion.Name,
                DueDate = f.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), f.State, Link = url,
            },
        };
    }

    private static (string Headline, string Request) Wording(ReminderOccasion occasion, DateOnly due, DateOnly today)
    {
        if (occasion.IsOverdue)
        {
            var late = Math.Max(today.DayNumber - due.DayNumber, 1);
            return ("Quá hạn báo cáo", $"Đã quá hạn báo cáo {late} ngày. Đề nghị đơn vị gửi báo cáo ngay.");
        }
        if (occasion.Name == "D0")
            return ("Hôm nay hết hạn báo cáo", "Hôm nay là hạn cuối gửi báo cáo. Đề nghị đơn vị gửi báo cáo trước khi hết ngày.");
        var left = Math.Max(due.DayNumber - today.DayNumber, 1);
        return ($"Nhắc hạn báo cáo: còn {left} ngày",
            $"Còn {left} ngày nữa đến hạn báo cáo ({Day(due)}). Đề nghị đơn vị xác nhận đã nhận (nếu chưa) và gửi báo cáo đúng hạn.");
    }

    private static string Letter(ReminderFacts f) => f.LetterNumber is { Length: > 0 } n ? $"Công văn số {n}" : "Công văn";

    private static string Absolute(string? baseUrl, string path) =>
        Uri.TryCreate(baseUrl?.Trim(), UriKind.Absolute, out var b) && b.Scheme is "http" or "https"
            ? b.GetLeftPart(UriPartial.Path).TrimEnd('/') + path
            : path;

    private static string Day(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
    private static string H(string s) => WebUtility.HtmlEncode(s);
    private static string Cut(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
