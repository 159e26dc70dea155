using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Duty;

/// <summary>
/// Duty rosters. Scoping decision: a shift (who, role, duty phone, time, place) is published to every signed-in user
/// province-wide, because the duty officer at night must be able to call any organisation's person on duty. The
/// organisation's contact list (People: titles, e-mails, everyone not on duty) stays private as in Organizations.
/// Shifts are changed only by those who may edit the organisation (its Members, Coordinator, Admin).
/// </summary>
public sealed partial class DutyService(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    private const int MaxRange = 62;
    private static ServiceError ShiftNotFound => ServiceError.NotFound("Không tìm thấy ca trực.");

    public CurrentUser Caller => me;

    public async Task<ServiceResult<IReadOnlyList<ShiftDto>>> ListAsync(ShiftQuery query, CancellationToken ct = default)
    {
        var shifts = db.Set<DutyShift>().AsNoTracking();
        if (query.OrganizationId is { } org) shifts = shifts.Where(s => s.OrganizationId == org);
        if (query.CampaignId is { } campaign) shifts = shifts.Where(s => s.CampaignId == campaign);
        if (query.From is { } from) { var f = from.UtcDateTime; shifts = shifts.Where(s => s.EndsAt > f); }
        if (query.To is { } to) { var t = to.UtcDateTime; shifts = shifts.Where(s => s.StartsAt < t); }
        if (query.From is { } a && query.To is { } b && b < a) return ServiceError.Invalid("to", "Thời điểm kết thúc phải sau thời điểm bắt đầu.");
        var rows = await Project(shifts.OrderBy(s => s.StartsAt).ThenBy(s => s.Role)).Take(5000).ToListAsync(ct);
        return rows;
    }

    public async Task<ServiceResult<ShiftDto>> GetAsync(Guid id, CancellationToken ct = default) =>
        await Project(db.Set<DutyShift>().AsNoTracking().Where(s => s.Id == id)).FirstOrDefaultAsync(ct) is { } dto ? dto : ShiftNotFound;

    public async Task<ServiceResult<ShiftDto>> CreateAsync(ShiftRequest request, CancellationToken ct = default)
    {
        var shift = new DutyShift { PersonName = "" };
        if (await ApplyAsync(shift, request, ct) is { } error) return error;
        db.Add(shift);
        await db.SaveChangesAsync(ct);
        return await GetAsync(shift.Id, ct);
    }

    public async Task<ServiceResult<ShiftDto>> UpdateAsync(Guid id, ShiftRequest request, CancellationToken ct = default)
    {
        var shift = await db.Set<DutyShift>().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (shift is null) return ShiftNotFound;
        if (!me.CanEditOrganization(shift.OrganizationId)) return ServiceError.Forbidden();
        if (await ApplyAsync(shift, request, ct) is { } error) return error;
        shift.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return await GetAsync(shift.Id, ct);
    }

    public async Task<ServiceResult<bool>> DeleteAsync(Guid id, CancellationToken ct = default)
    {
        var shift = await db.Set<DutyShift>().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (shift is null) return ShiftNotFound;
        if (!me.CanEditOrganization(shift.OrganizationId)) return ServiceError.Forbidden();
        db.Remove(shift);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Two people of the same organisation trade shifts: the person, name and phone move, the times stay.</summary>
    public async Task<ServiceResult<ShiftDto>> SwapAsync(Guid id, SwapRequest request, CancellationToken ct = default)
    {
        if (request.OtherShiftId is not { } otherId || otherId == id) return ServiceError.Invalid("otherShiftId", "Chọn một ca khác để đổi.");
        var pair = await db.Set<DutyShift>().Where(s => s.Id == id || s.Id == otherId).ToListAsync(ct);
        var shift = pair.FirstOrDefault(s => s.Id == id);
        var other = pair.FirstOrDefault(s => s.Id == otherId);
        if (shift is null) return ShiftNotFound;
        if (!me.CanEditOrganization(shift.OrganizationId)) return ServiceError.Forbidden();
        if (other is null || other.OrganizationId != shift.OrganizationId)
            return ServiceError.Invalid("otherShiftId", "Chỉ đổi được với một ca của cùng tổ chức.");
        (shift.PersonId, other.PersonId) = (other.PersonId, shift.PersonId);
        (shift.PersonName, other.PersonName) = (other.PersonName, shift.PersonName);
        (shift.Phone, other.Phone) = (other.Phone, shift.Phone);
        shift.UpdatedAt = other.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    internal static IQueryable<ShiftDto> Project(IQueryable<DutyShift> shifts) => shifts.Select(s => new ShiftDto(
        s.Id, s.OrganizationId, s.Organization!.ShortName, s.Organization.Name, s.CampaignId, s.PersonId, s.PersonName, s.Phone,
        s.Role, s.Role.Vietnamese(), s.StartsAt, s.EndsAt, s.Place, s.UpdatedAt));

    /// <summary>Validates the request against the organisation, campaign and person; copies it onto the shift.</summary>
    private async Task<ServiceError?> ApplyAsync(DutyShift shift, ShiftRequest r, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = errors.Text("personName", r.PersonName, 200, required: false, "Người trực");
        var phone = errors.Phone("phone", r.Phone, "Điện thoại");
        var place = errors.Text("place", r.Place, 200, required: false, "Địa điểm");
        if (!DutyKinds.TryParse<DutyRole>(r.Role, out var role)) errors.Add("role", string.IsNullOrWhiteSpace(r.Role) ? "Vai trò là bắt buộc." : "Vai trò không hợp lệ.");
        if (r.StartsAt is null) errors.Add("startsAt", "Thời điểm bắt đầu là bắt buộc.");
        if (r.EndsAt is null) errors.Add("endsAt", "Thời điểm kết thúc là bắt buộc.");
        if (r.StartsAt is { } s && r.EndsAt is { } e)
        {
            if (e <= s) errors.Add("endsAt", "Thời điểm kết thúc phải sau thời điểm bắt đầu.");
            else if (e - s > TimeSpan.FromHours(72)) errors.Add("endsAt", "Một ca trực dài tối đa 72 giờ.");
            if (s.Year is < 2000 or > 2100) errors.Add("startsAt", "Thời điểm bắt đầu không hợp lệ.");
        }
        var (org, campaign) = await TargetAsync(errors, r.OrganizationId, r.CampaignId, ct);
        Person? person = null;
        if (r.PersonId is { } pid && org is not null)
        {
            person = await db.Set<Person>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == pid && p.OrganizationId == org.Id, ct);
            if (person is null) errors.Add("personId", "Người này không thuộc tổ chức.");
        }
        if (person is null && name is null && !errors.Any) errors.Add("personName", "Chọn người trực hoặc nhập họ tên.");
        if (errors.Any) return errors.ToError();
        if (!me.CanEditOrganization(org!.Id)) return ServiceError.Forbidden();
        if (campaign!.Status == CampaignStatus.Closed) return ServiceError.Conflict("Chiến dịch đã kết thúc, không sửa lịch trực được nữa.");
        shift.OrganizationId = org.Id;
        shift.CampaignId = campaign.Id;
        shift.PersonId = person?.Id;
        shift.PersonName = name ?? person!.FullName;
        shift.Phone = phone ?? person?.Phone;
        shift.Role = role;
        shift.StartsAt = r.StartsAt!.Value.UtcDateTime;
        shift.EndsAt = r.EndsAt!.Value.UtcDateTime;
        shift.Place = place;
        return null;
    }

    private async Task<(Organization? Org, Campaign? Campaign)> TargetAsync(FieldErrors errors, Guid? organizationId, Guid? campaignId, CancellationToken ct)
    {
        Organization? org = null;
        Campaign? campaign = null;
        if (organizationId is not { } oid) errors.Add("organizationId", "Tổ chức là bắt buộc.");
        else if ((org = await db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == oid, ct)) is null)
            errors.Add("organizationId", "Không tìm thấy tổ chức.");
        if (campaignId is not { } cid) errors.Add("campaignId", "Chiến dịch là bắt buộc.");
        else if ((campaign = await db.Set<Campaign>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == cid, ct)) is null)
            errors.Add("campaignId", "Không tìm thấy chiến dịch.");
        return (org, campaign);
    }
}
