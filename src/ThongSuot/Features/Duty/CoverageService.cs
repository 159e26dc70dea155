using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Duty;

/// <summary>Applies the campaigns' coverage requirements to the rosters (all reads; rosters are province-wide).</summary>
public sealed class CoverageService(AppDbContext db, TimeProvider clock)
{
    public async Task<ServiceResult<OrgCoverageDto>> ForOrganizationAsync(Guid campaignId, Guid organizationId, CancellationToken ct = default)
    {
        var campaign = await db.Set<Campaign>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId, ct);
        if (campaign is null) return ServiceError.NotFound("Không tìm thấy chiến dịch.");
        var org = await db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == organizationId, ct);
        if (org is null) return ServiceError.NotFound("Không tìm thấy tổ chức.");
        var requirements = (await db.Set<CoverageRequirement>().AsNoTracking().Where(r => r.CampaignId == campaignId).ToListAsync(ct))
            .Where(r => r.AppliesTo(org.Id, org.Kind)).ToList();
        var shifts = await db.Set<DutyShift>().AsNoTracking().Where(s => s.CampaignId == campaignId && s.OrganizationId == org.Id)
            .Select(s => new { s.Role, s.StartsAt, s.EndsAt }).ToListAsync(ct);
        var result = new List<RequirementCoverageDto>();
        foreach (var r in requirements)
        {
            if (PhaseWindow(campaign, r.Phase) is not { } window) continue;
            var spans = shifts.Where(s => r.Role is null || s.Role == r.Role).Select(s => new Interval(s.StartsAt, s.EndsAt));
            result.Add(ToDto(r, window, Compute(r, window, spans)));
        }
        return new OrgCoverageDto(org.Id, org.ShortName, org.Name, result);
    }

    /// <summary>Organisations with uncovered time in the next <paramref name="hours"/> hours of any active campaign.</summary>
    public async Task<ServiceResult<IReadOnlyList<GapDto>>> GapsAsync(int hours = 48, CancellationToken ct = default)
    {
        if (hours is < 1 or > 24 * 31) return ServiceError.Invalid("hours", "Số giờ phải từ 1 đến 744.");
        var now = clock.GetUtcNow().UtcDateTime;
        var horizon = new Interval(now, now.AddHours(hours));
        var campaigns = await db.Set<Campaign>().AsNoTracking().Where(c => c.Status == CampaignStatus.Active).ToListAsync(ct);
        var ids = campaigns.Select(c => c.Id).ToList();
        var requirements = await db.Set<CoverageRequirement>().AsNoTracking().Where(r => ids.Contains(r.CampaignId)).ToListAsync(ct);
        var orgs = await db.Set<Organization>().AsNoTracking().Select(o => new { o.Id, o.ShortName, o.Name, o.Kind, o.Hotline }).ToListAsync(ct);
        var shifts = await db.Set<DutyShift>().AsNoTracking()
            .Where(s => ids.Contains(s.CampaignId) && s.EndsAt > horizon.Start && s.StartsAt < horizon.End)
            .Select(s => new { s.CampaignId, s.OrganizationId, s.Role, s.StartsAt, s.EndsAt }).ToListAsync(ct);
        var gaps = new List<GapDto>();
        foreach (var r in requirements)
        {
            var campaign = campaigns.First(c => c.Id == r.CampaignId);
            if (PhaseWindow(campaign, r.Phase) is not { } phase || !phase.Intersects(horizon)) continue;
            var window = new Interval(Max(phase.Start, horizon.Start), Min(phase.End, horizon.End));
            foreach (var org in orgs.Where(o => r.AppliesTo(o.Id, o.Kind)))
            {
                var spans = shifts.Where(s => s.CampaignId == campaign.Id && s.OrganizationId == org.Id && (r.Role is null || s.Role == r.Role))
                    .Select(s => new Interval(s.StartsAt, s.EndsAt));
                var coverage = Compute(r, window, spans);
                if (coverage.IsCovered) continue;
                gaps.Add(new GapDto(org.Id, org.ShortName, org.Name, org.Hotline, campaign.Id, Describe(r),
                    coverage.Gaps.Select(g => new IntervalDto(g.Start, g.End)).ToList(), coverage.UncoveredDays));
            }
        }
        return gaps.OrderBy(g => g.Gaps.Count > 0 ? g.Gaps[0].Start : DateTime.MaxValue).ThenBy(g => g.ShortName, StringComparer.Ordinal).ToList();
    }

    public static Interval? PhaseWindow(Campaign c, DutyPhase phase) => phase switch
    {
        DutyPhase.Before when c.BeforeStart is { } s && c.BeforeEnd is { } e => CoverageCalculator.Window(s, e),
        DutyPhase.During when c.DuringStart is { } s && c.DuringEnd is { } e => CoverageCalculator.Window(s, e),
        DutyPhase.After when c.AfterStart is { } s && c.AfterEnd is { } e => CoverageCalculator.Window(s, e),
        _ => null,
    };

    public static string Describe(CoverageRequirement r) =>
        $"{(r.Role is { } role ? role.Vietnamese() : "Trực")} {r.Mode.Vietnamese()} – {r.Phase.Vietnamese().ToLowerInvariant()}";

    private static CoverageResult Compute(CoverageRequirement r, Interval window, IEnumerable<Interval> spans) =>
        r.Mode == CoverageMode.Continuous ? CoverageCalculator.Continuous(window, spans) : CoverageCalculator.Daily(window, spans);

    private static RequirementCoverageDto ToDto(CoverageRequirement r, Interval window, CoverageResult c) => new(
        r.Id, Describe(r), r.Phase, r.Mode, r.Role, window.Start, window.End,
        c.Gaps.Select(g => new IntervalDto(g.Start, g.End)).ToList(), c.Overlaps.Select(g => new IntervalDto(g.Start, g.End)).ToList(), c.UncoveredDays);

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
