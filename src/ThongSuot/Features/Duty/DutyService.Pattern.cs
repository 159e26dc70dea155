using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Duty;

public sealed partial class DutyService
{
    /// <summary>
    /// Creates the shifts of a pattern in one SaveChanges (one audit row per shift). With ReplaceExisting, shifts of
    /// the same role that the new ones overlap are removed first, so re-running a pattern does not double the roster.
    /// </summary>
    public async Task<ServiceResult<PatternResult>> ApplyPatternAsync(PatternRequest r, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        if (!DutyKinds.TryParse<DutyRole>(r.Role, out var role)) errors.Add("role", string.IsNullOrWhiteSpace(r.Role) ? "Vai trò là bắt buộc." : "Vai trò không hợp lệ.");
        var times = ShiftPattern.ParseTimes(r.StartTimes);
        if (times is null) errors.Add("startTimes", "Nhập giờ bắt đầu các ca, ví dụ 06:00, 14:00, 22:00.");
        if (r.From is null) errors.Add("from", "Ngày bắt đầu là bắt buộc.");
        if (r.To is null) errors.Add("to", "Ngày kết thúc là bắt buộc.");
        if (r.From is { } f && r.To is { } t)
        {
            if (t < f) errors.Add("to", "Ngày kết thúc phải từ ngày bắt đầu trở đi.");
            else if (t.DayNumber - f.DayNumber + 1 > MaxRange) errors.Add("to", $"Mỗi lần nhập tối đa {MaxRange} ngày.");
            else if (times is not null && ShiftPattern.Count(f, t, times.Count) > ShiftPattern.MaxShifts)
                errors.Add("startTimes", $"Mỗi lần nhập tối đa {ShiftPattern.MaxShifts} ca.");
            if (f.Year is < 2000 or > 2100) errors.Add("from", "Ngày bắt đầu không hợp lệ.");
        }
        var place = errors.Text("place", r.Place, 200, required: false, "Địa điểm");
        var (org, campaign) = await TargetAsync(errors, r.OrganizationId, r.CampaignId, ct);
        var people = await RotationAsync(errors, org, r.People, ct);
        if (errors.Any) return errors.ToError();
        if (!me.CanEditOrganization(org!.Id)) return ServiceError.Forbidden();
        if (campaign!.Status == CampaignStatus.Closed) return ServiceError.Conflict("Chiến dịch đã kết thúc, không sửa lịch trực được nữa.");

        var planned = ShiftPattern.Expand(r.From!.Value, r.To!.Value, times!, people.Count);
        var replaced = 0;
        if (r.ReplaceExisting && planned.Count > 0)
        {
            var from = planned[0].StartsAt;
            var to = planned[^1].EndsAt;
            var old = await db.Set<DutyShift>()
                .Where(s => s.OrganizationId == org.Id && s.CampaignId == campaign.Id && s.Role == role && s.StartsAt < to && s.EndsAt > from)
                .ToListAsync(ct);
            db.RemoveRange(old);
            replaced = old.Count;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        db.AddRange(planned.Select(p => new DutyShift
        {
            OrganizationId = org.Id, CampaignId = campaign.Id, Role = role, StartsAt = p.StartsAt, EndsAt = p.EndsAt, Place = place,
            PersonId = people[p.PersonIndex].PersonId, PersonName = people[p.PersonIndex].Name!, Phone = people[p.PersonIndex].Phone,
            CreatedAt = now, UpdatedAt = now,
        }));
        await db.SaveChangesAsync(ct);
        return new PatternResult(planned.Count, replaced);
    }

    /// <summary>The rotation with names and phones filled from the organisation's people where an id is given.</summary>
    private async Task<List<PatternPerson>> RotationAsync(FieldErrors errors, Organization? org, IReadOnlyList<PatternPerson>? given, CancellationToken ct)
    {
        var list = (given ?? []).Where(p => p is not null && (p.PersonId is not null || !string.IsNullOrWhiteSpace(p.Name))).ToList();
        if (list.Count == 0) { errors.Add("people", "Chọn ít nhất một người trực."); return []; }
        if (list.Count > 50) { errors.Add("people", "Tối đa 50 người trong một vòng trực."); return []; }
        if (org is null) return [];
        var ids = list.Where(p => p.PersonId is not null).Select(p => p.PersonId!.Value).ToList();
        var known = await db.Set<Person>().AsNoTracking().Where(p => p.OrganizationId == org.Id && ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var result = new List<PatternPerson>();
        foreach (var p in list)
        {
            Person? person = null;
            if (p.PersonId is { } id && !known.TryGetValue(id, out person)) { errors.Add("people", "Người này không thuộc tổ chức."); continue; }
            var name = errors.Text("people", p.Name, 200, required: false, "Họ tên") ?? person?.FullName;
            var phone = errors.Phone("people", p.Phone, "Điện thoại") ?? person?.Phone;
            result.Add(new PatternPerson(person?.Id, name, phone));
        }
        return result;
    }
}
