using System.Text.Json;
using ThongSuot.Features.Directives;
using ThongSuot.Shared;

namespace ThongSuot.Features.Compliance;

internal static class ComplianceMapping
{
    public static AssignmentSummaryDto Summary(AssignmentRow r, DateOnly today)
    {
        var a = r.A;
        var state = a.Of(today);
        var task = new DirectiveTask { Text = r.TaskText, DueDate = r.TaskDueDate };
        return new AssignmentSummaryDto(a.Id, a.DirectiveId, r.Number is { } n ? $"{n:00}/{r.Symbol}" : null, r.Subject, a.TaskId,
            DirectiveLetter.TaskText(task), a.CampaignId, a.OrganizationId, r.OrganizationShortName, a.DueDate, TimeDisplay.FormatDate(a.DueDate),
            a.Status, state, state.Vietnamese(), r.Versions, a.Revision);
    }

    public static AssignmentDto Detail(AssignmentRow r, DateOnly today, ReadinessForm? form, IReadOnlyList<ReadinessField> fields,
        ReadinessTargets targets, IReadOnlyList<ComplianceReport> reports, AssignmentPermissions permissions) => new(
        Summary(r, today), r.IssuingAgency, r.IssuedOn, r.IssuedOn is null ? null : TimeDisplay.FormatDate(r.IssuedOn),
        r.A.AcknowledgedAt, r.A.SubmittedAt, r.A.DecidedAt, form?.Id, form?.Name, fields, targets,
        reports.Select(Report).ToList(), permissions);

    public static ReportDto Report(ComplianceReport r) => new(
        r.Id, r.Version, r.Text, Values(r.Values), r.FormRevision, r.SubmittedAt, r.SubmittedByName, r.Review, r.ReviewComment, r.ReviewedAt,
        r.Attachments.Where(x => x.File is not null).OrderBy(x => x.File!.FileName, StringComparer.Ordinal)
            .Select(x => new AttachmentDto(x.FileId, x.File!.FileName, x.File.ContentType, x.File.Size, x.File.Sha256,
                $"/api/v1/compliance/reports/{r.Id}/files/{x.FileId}")).ToList());

    private static JsonElement? Values(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.Clone();
    }
}
