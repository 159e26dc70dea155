using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Duty;

/// <summary>
/// "On duty now": every organisation (filtered by area and kind) with who is on duty at this instant and who comes
/// next, by the injected clock. The department's hotlines (the issuers of active campaigns) come first.
/// </summary>
public sealed class DutyBoard(AppDbContext db, TimeProvider clock)
{
    private static readonly StringComparer VietnameseOrder = StringComparer.Create(new CultureInfo("vi-VN"), ignoreCase: true);

    public async Task<ServiceResult<NowDto>> NowAsync(Guid? areaId, string? kind, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var orgs = db.Set<Organization>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (!DutyKinds.TryParse<OrganizationKind>(kind, out var k)) return ServiceError.Invalid("kind", "Loại tổ chức không hợp lệ.");
            orgs = orgs.Where(o => o.Kind == k);
        }
        if (areaId is { } area) orgs = orgs.Where(o => o.Areas.Any(a => a.AreaId == area));
        var list = await orgs.Select(o => new { o.Id, o.ShortName, o.Name, o.Kind, o.Hotline, o.Phone }).ToListAsync(ct);
        var ids = list.Select(o => o.Id).ToList();
        // "Next" looks a week ahead: enough for a roster, bounded for the query.
        var horizon = now.AddDays(7);
        var shifts = await DutyService.Project(db.Set<DutyShift>().AsNoTracking()
                .Where(s => ids.Contains(s.OrganizationId) && s.EndsAt > now && s.StartsAt < horizon)
                .OrderBy(s => s.StartsAt).ThenBy(s => s.Role))
            .ToListAsync(ct);
        var byOrg = shifts.ToLookup(s => s.OrganizationId);
        var rows = list.Select(o => new OrgNowDto(o.Id, o.ShortName, o.Name, o.Kind.ToString(), o.Kind.Vietnamese(), o.Hotline, o.Phone,
                byOrg[o.Id].Where(s => s.StartsAt <= now).ToList(),
                byOrg[o.Id].FirstOrDefault(s => s.StartsAt > now)))
            .OrderBy(o => o.Now.Count == 0 ? 1 : 0).ThenBy(o => o.Name, VietnameseOrder).ToList();
        var issuers = await db.Set<Campaign>().AsNoTracking().Where(c => c.Status == CampaignStatus.Active)
            .Select(c => c.Organization!).Distinct()
            .Select(o => new HotlineDto(o.Id, o.ShortName, o.Name, o.Hotline, o.Phone)).ToListAsync(ct);
        return new NowDto(now, issuers.OrderBy(h => h.Name, VietnameseOrder).ToList(), rows);
    }
}
