using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Duty;

/// <summary>One organisation or a kind of organisations; a phase; continuous or daily; optionally one duty role.</summary>
public sealed record RequirementRequest(Guid? CampaignId, Guid? OrganizationId, string? OrganizationKind, string? Role, string? Phase, string? Mode);

public sealed record RequirementDto(Guid Id, Guid CampaignId, Guid? OrganizationId, OrganizationKind? OrganizationKind, DutyRole? Role, DutyPhase Phase, CoverageMode Mode, string Description);

/// <summary>What each campaign requires to be covered: read by everyone, set by the coordinators (as campaigns are).</summary>
public sealed class CoverageRequirements(AppDbContext db, CurrentUser me)
{
    public async Task<ServiceResult<IReadOnlyList<RequirementDto>>> ListAsync(Guid campaignId, CancellationToken ct = default)
    {
        var rows = await db.Set<CoverageRequirement>().AsNoTracking().Where(r => r.CampaignId == campaignId).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).ToListAsync(ct);
        return rows.Select(ToDto).ToList();
    }

    public async Task<ServiceResult<RequirementDto>> AddAsync(RequirementRequest r, CancellationToken ct = default)
    {
        if (!me.CanManageDirectory) return ServiceError.Forbidden();
        var errors = new FieldErrors();
        OrganizationKind? kind = null;
        DutyRole? role = null;
        if (!string.IsNullOrWhiteSpace(r.OrganizationKind))
        {
            if (DutyKinds.TryParse<OrganizationKind>(r.OrganizationKind, out var k)) kind = k;
            else errors.Add("organizationKind", "Loại tổ chức không hợp lệ.");
        }
        if ((r.OrganizationId is null) == (kind is null) && !errors.Any) errors.Add("organizationId", "Chọn một tổ chức hoặc một loại tổ chức.");
        if (!string.IsNullOrWhiteSpace(r.Role))
        {
            if (DutyKinds.TryParse<DutyRole>(r.Role, out var parsed)) role = parsed;
            else errors.Add("role", "Vai trò không hợp lệ.");
        }
        if (!DutyKinds.TryParse<DutyPhase>(r.Phase, out var phase)) errors.Add("phase", "Giai đoạn không hợp lệ.");
        if (!DutyKinds.TryParse<CoverageMode>(r.Mode, out var mode)) errors.Add("mode", "Mức trực không hợp lệ.");
        if (r.CampaignId is not { } campaignId || !await db.Set<Campaign>().AnyAsync(c => c.Id == campaignId, ct)) errors.Add("campaignId", "Không tìm thấy chiến dịch.");
        if (r.OrganizationId is { } orgId && !await db.Set<Organization>().AnyAsync(o => o.Id == orgId, ct)) errors.Add("organizationId", "Không tìm thấy tổ chức.");
        if (errors.Any) return errors.ToError();
        var requirement = new CoverageRequirement { CampaignId = r.CampaignId!.Value, OrganizationId = r.OrganizationId, OrganizationKind = kind, Role = role, Phase = phase, Mode = mode };
        db.Add(requirement);
        await db.SaveChangesAsync(ct);
        return ToDto(requirement);
    }

    public async Task<ServiceResult<bool>> DeleteAsync(Guid id, CancellationToken ct = default)
    {
        if (!me.CanManageDirectory) return ServiceError.Forbidden();
        var requirement = await db.Set<CoverageRequirement>().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (requirement is null) return ServiceError.NotFound("Không tìm thấy yêu cầu trực.");
        db.Remove(requirement);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static RequirementDto ToDto(CoverageRequirement r) =>
        new(r.Id, r.CampaignId, r.OrganizationId, r.OrganizationKind, r.Role, r.Phase, r.Mode, CoverageService.Describe(r));
}
