using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Directives;
using ThongSuot.Shared;

namespace ThongSuot.Features.Compliance;

public sealed partial class ComplianceService
{
    /// <summary>Returns the report awaiting review with a comment; the recipient revises and submits a new version.</summary>
    public Task<ServiceResult<AssignmentDto>> ReturnAsync(Guid id, ReturnRequest request, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var comment = errors.Text("comment", request.Comment, 4000, required: true, "Nhận xét khi trả lại");
        return DecideAsync(id, request.Revision, errors, ReportReview.Returned, comment, ct);
    }

    public Task<ServiceResult<AssignmentDto>> AcceptAsync(Guid id, AcceptRequest request, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var comment = errors.Text("comment", request.Comment, 4000, required: false, "Nhận xét");
        return DecideAsync(id, request.Revision, errors, ReportReview.Accepted, comment, ct);
    }

    private async Task<ServiceResult<AssignmentDto>> DecideAsync(Guid id, Guid? revision, FieldErrors errors, ReportReview decision, string? comment, CancellationToken ct)
    {
        var a = await Visible().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return ServiceError.NotFound(NotFoundMessage);
        var letter = await db.Set<Directive>().AsNoTracking().Where(d => d.Id == a.DirectiveId)
            .Select(d => new { d.OrganizationId, d.ParentDirectiveId }).FirstAsync(ct);
        if (!CanReview(letter.OrganizationId, letter.ParentDirectiveId)) return ServiceError.Forbidden("Bạn không có quyền xem xét báo cáo này.");
        if (revision is null) errors.Add("revision", "Thiếu phiên bản (revision) của nhiệm vụ.");
        if (errors.Any) return errors.ToError();
        if (revision != a.Revision) return ServiceError.Conflict(StaleMessage);
        if (a.Status != AssignmentStatus.Submitted) return ServiceError.Conflict("Chỉ trả lại hoặc chấp thuận được báo cáo đang chờ xem xét.");

        var report = await db.Set<ComplianceReport>().Where(r => r.AssignmentId == id).OrderByDescending(r => r.Version).FirstAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        report.Review = decision;
        report.ReviewComment = comment;
        report.ReviewedAt = now;
        report.ReviewedById = me.UserId;
        a.Status = decision == ReportReview.Accepted ? AssignmentStatus.Accepted : AssignmentStatus.Returned;
        a.DecidedAt = now;
        a.DecidedById = me.UserId;
        Touch(a, now);
        events.Publish(db, new ReportChanged(a.Id, report.Id, report.Version,
            decision == ReportReview.Accepted ? ReportChange.Accepted : ReportChange.Returned, now));
        return await SaveAsync(id, ct);
    }
}
