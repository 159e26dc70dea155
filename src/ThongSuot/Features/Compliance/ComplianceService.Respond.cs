using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Directives;
using ThongSuot.Shared;

namespace ThongSuot.Features.Compliance;

public sealed partial class ComplianceService
{
    public const int MaxFiles = 10;
    public const string StaleMessage = "Nhiệm vụ vừa được người khác cập nhật; hãy tải lại trang rồi thử lại.";

    /// <summary>"Đã nhận": members of the recipient; a second acknowledgement changes nothing.</summary>
    public async Task<ServiceResult<AssignmentDto>> AcknowledgeAsync(Guid id, AcknowledgeRequest request, CancellationToken ct = default)
    {
        var a = await Visible().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return ServiceError.NotFound(NotFoundMessage);
        if (!CanRespond(a)) return ServiceError.Forbidden("Chỉ thành viên của đơn vị nhận mới xác nhận được.");
        if (a.Status != AssignmentStatus.Pending) return await GetAsync(id, ct);
        if (request.Revision is { } revision && revision != a.Revision) return ServiceError.Conflict(StaleMessage);
        var now = clock.GetUtcNow().UtcDateTime;
        Acknowledge(a, now);
        Touch(a, now);
        return await SaveAsync(id, ct);
    }

    /// <summary>
    /// A new report version: from Pending (acknowledging it), Acknowledged, Returned, or Submitted (a newer version of the
    /// one awaiting review); never after acceptance. Text, values and files are checked first; nothing is written on error.
    /// </summary>
    public async Task<ServiceResult<AssignmentDto>> SubmitAsync(Guid id, ReportSubmission submission, CancellationToken ct = default)
    {
        var a = await Visible().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return ServiceError.NotFound(NotFoundMessage);
        if (!CanRespond(a)) return ServiceError.Forbidden("Chỉ thành viên của đơn vị nhận mới gửi báo cáo được.");
        if (a.Status == AssignmentStatus.Accepted) return ServiceError.Conflict("Báo cáo đã được chấp thuận; không gửi thêm phiên bản mới.");
        if (submission.Revision is { } revision && revision != a.Revision) return ServiceError.Conflict(StaleMessage);

        var form = a.FormId is { } formId ? await db.Set<ReadinessForm>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == formId, ct) : null;
        var errors = new FieldErrors();
        var text = errors.Text("text", submission.Text, ComplianceReportConfiguration.MaxText, required: form is null, "Nội dung báo cáo");
        string? values = null;
        if (form is not null)
        {
            var fields = form.FieldList();
            values = ReadinessValues.Validate(fields, submission.Values, await TargetsAsync(a.CampaignId, fields, ct), errors);
            if (values is { Length: > ComplianceReportConfiguration.MaxValues }) errors.Add("values", "Số liệu quá dài.");
        }
        else if (submission.Values.Count > 0) errors.Add("values", "Nhiệm vụ này không có biểu mẫu số liệu.");
        if (submission.Files.Count > MaxFiles) errors.Add("files", $"Gửi tối đa {MaxFiles} tệp mỗi lần.");
        if (errors.Any) return errors.ToError("Báo cáo chưa gửi được: hãy sửa các mục được đánh dấu.");

        var now = clock.GetUtcNow().UtcDateTime;
        var version = (await db.Set<ComplianceReport>().Where(r => r.AssignmentId == id).MaxAsync(r => (int?)r.Version, ct) ?? 0) + 1;
        var report = new ComplianceReport
        {
            AssignmentId = a.Id, OrganizationId = a.OrganizationId, Version = version, Text = text ?? "", Values = values,
            FormRevision = form?.Revision, SubmittedAt = now, SubmittedById = me.UserId, SubmittedByName = me.FullName ?? me.UserName,
            Review = ReportReview.Pending,
        };
        foreach (var upload in submission.Files)
        {
            var file = await files.StageAsync(upload, "files", errors, a.OrganizationId, me.UserId, ct: ct);
            if (file is not null) report.Attachments.Add(new ComplianceReportAttachment { ReportId = report.Id, FileId = file.Id });
        }
        if (errors.Any)
        {
            db.ChangeTracker.Clear();
            return errors.ToError("Báo cáo chưa gửi được: hãy sửa các mục được đánh dấu.");
        }
        db.Add(report);
        if (a.Status == AssignmentStatus.Pending) Acknowledge(a, now);
        a.Status = AssignmentStatus.Submitted;
        a.SubmittedAt = now;
        Touch(a, now);
        events.Publish(db, new ReportChanged(a.Id, report.Id, version, ReportChange.Submitted, now));
        return await SaveAsync(id, ct);
    }

    private void Acknowledge(ComplianceAssignment a, DateTime now)
    {
        a.Status = AssignmentStatus.Acknowledged;
        a.AcknowledgedAt = now;
        a.AcknowledgedById = me.UserId;
    }

    private static void Touch(ComplianceAssignment a, DateTime now)
    {
        a.UpdatedAt = now;
        a.Revision = Guid.NewGuid();
    }

    /// <summary>One save for the whole write; a concurrent change to the assignment (its Revision) makes it a 409.</summary>
    private async Task<ServiceResult<AssignmentDto>> SaveAsync(Guid id, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ServiceError.Conflict(StaleMessage);
        }
        catch (DbUpdateException)
        {
            // Two submissions at once took the same version number: the unique index let one win.
            db.ChangeTracker.Clear();
            if (!await db.Set<ComplianceReport>().AsNoTracking().AnyAsync(r => r.AssignmentId == id, ct)) throw;
            return ServiceError.Conflict(StaleMessage);
        }
        db.ChangeTracker.Clear();
        return await GetAsync(id, ct);
    }
}
