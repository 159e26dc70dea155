using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Duty;

/// <summary>
/// The duty log of an organisation: private to it and to province-wide roles (leaders read it per day); written by
/// those who may edit the organisation. Entries are never edited: a log is a record.
/// </summary>
public sealed class DutyLogService(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    private static ServiceError OrgNotFound => ServiceError.NotFound("Không tìm thấy tổ chức.");

    public async Task<ServiceResult<IReadOnlyList<LogEntryDto>>> DayAsync(Guid organizationId, DateOnly day, CancellationToken ct = default)
    {
        if (!me.CanSeeOrganization(organizationId) || !await db.Set<Organization>().AnyAsync(o => o.Id == organizationId, ct)) return OrgNotFound;
        var window = CoverageCalculator.Window(day, day);
        var rows = await db.Set<DutyLogEntry>().AsNoTracking()
            .Where(e => e.OrganizationId == organizationId && e.At >= window.Start && e.At < window.End)
            .OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);
        return rows.Select(ToDto).ToList();
    }

    public async Task<ServiceResult<LogEntryDto>> AddAsync(LogRequest r, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        if (!DutyKinds.TryParse<DutyLogKind>(r.Kind, out var kind)) errors.Add("kind", string.IsNullOrWhiteSpace(r.Kind) ? "Loại ghi chép là bắt buộc." : "Loại ghi chép không hợp lệ.");
        var text = errors.Text("text", r.Text, 2000, required: true, "Nội dung");
        var reference = errors.Text("reference", r.Reference, 200, required: false, "Tham chiếu");
        var open = errors.Text("openMatters", r.OpenMatters, 2000, required: false, "Việc còn tồn đọng");
        var now = clock.GetUtcNow().UtcDateTime;
        var at = r.At?.UtcDateTime ?? now;
        if (at > now.AddMinutes(5)) errors.Add("at", "Không ghi trước cho thời điểm trong tương lai.");
        else if (at < now.AddDays(-7)) errors.Add("at", "Chỉ ghi bổ sung trong vòng 7 ngày.");
        if (r.OrganizationId is not { } orgId) { errors.Add("organizationId", "Tổ chức là bắt buộc."); return errors.ToError(); }
        if (!me.CanSeeOrganization(orgId) || !await db.Set<Organization>().AnyAsync(o => o.Id == orgId, ct)) return OrgNotFound;
        if (errors.Any) return errors.ToError();
        if (!me.CanEditOrganization(orgId)) return ServiceError.Forbidden();
        var shiftId = await db.Set<DutyShift>().Where(s => s.OrganizationId == orgId && s.StartsAt <= at && s.EndsAt > at)
            .OrderByDescending(s => s.StartsAt).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(ct);
        var entry = new DutyLogEntry
        {
            OrganizationId = orgId, ShiftId = shiftId, At = at, Kind = kind, Text = text!, Reference = reference,
            OpenMatters = kind == DutyLogKind.Handover ? open : null,
            AuthorUserId = me.UserId, AuthorName = me.FullName ?? me.UserName ?? "?", CreatedAt = now,
        };
        db.Add(entry);
        await db.SaveChangesAsync(ct);
        return ToDto(entry);
    }

    /// <summary>The next person on duty confirms receipt of a handover; the author cannot confirm their own.</summary>
    public async Task<ServiceResult<LogEntryDto>> AcknowledgeAsync(Guid id, CancellationToken ct = default)
    {
        var entry = await db.Set<DutyLogEntry>().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entry is null || !me.CanSeeOrganization(entry.OrganizationId)) return ServiceError.NotFound("Không tìm thấy ghi chép.");
        if (!me.CanEditOrganization(entry.OrganizationId)) return ServiceError.Forbidden();
        if (entry.Kind != DutyLogKind.Handover) return ServiceError.Conflict("Chỉ xác nhận được biên bản bàn giao ca.");
        if (entry.AcknowledgedAt is not null) return ServiceError.Conflict("Bàn giao này đã được xác nhận.");
        if (entry.AuthorUserId is { } author && author == me.UserId) return ServiceError.Conflict("Người nhận ca (không phải người giao) xác nhận bàn giao.");
        entry.AcknowledgedAt = clock.GetUtcNow().UtcDateTime;
        entry.AcknowledgedBy = me.FullName ?? me.UserName ?? "?";
        await db.SaveChangesAsync(ct);
        return ToDto(entry);
    }

    private static LogEntryDto ToDto(DutyLogEntry e) => new(
        e.Id, e.OrganizationId, e.ShiftId, e.At, e.Kind, e.Kind.Vietnamese(), e.Text, e.Reference, e.OpenMatters, e.AuthorName, e.AcknowledgedAt, e.AcknowledgedBy);
}
