using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.KeySites;
using ThongSuot.Shared;

namespace ThongSuot.Features.Campaigns;

public sealed partial class CampaignsService
{
    public async Task<ServiceResult<CampaignDto>> CreateAsync(CampaignRequest request, CancellationToken ct = default)
    {
        if (!me.CanManageDirectory || me.OrganizationId == Guid.Empty) return ServiceError.Forbidden();
        var campaign = new Campaign { Name = "", OrganizationId = me.OrganizationId };
        if (await ApplyAsync(campaign, request, ct) is { } error) return error;
        db.Add(campaign);
        return await SaveAsync(campaign, ct);
    }

    public async Task<ServiceResult<CampaignDto>> UpdateAsync(Guid id, CampaignRequest request, CancellationToken ct = default)
    {
        if (!me.CanManageDirectory) return ServiceError.Forbidden();
        var campaign = await db.Set<Campaign>().Include(c => c.Peaks).Include(c => c.KeySites).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null) return ServiceError.NotFound("Không tìm thấy chiến dịch.");
        if (campaign.Status == CampaignStatus.Closed) return ServiceError.Conflict("Chiến dịch đã kết thúc, không sửa được nữa.");
        if (await ApplyAsync(campaign, request, ct) is { } error) return error;
        campaign.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        return await SaveAsync(campaign, ct);
    }

    /// <summary>Draft → active, once the three phases are set.</summary>
    public Task<ServiceResult<CampaignDto>> ActivateAsync(Guid id, CancellationToken ct = default) =>
        MoveAsync(id, CampaignStatus.Active, c => c.Status switch
        {
            CampaignStatus.Active => "Chiến dịch đã được kích hoạt.",
            CampaignStatus.Closed => "Chiến dịch đã kết thúc, không kích hoạt lại được.",
            _ when c.BeforeStart is null || c.DuringStart is null || c.AfterStart is null =>
                "Cần nhập đủ ba giai đoạn (trước, trong, sau) trước khi kích hoạt.",
            _ => null,
        }, ct);

    /// <summary>Active → closed; closed is final.</summary>
    public Task<ServiceResult<CampaignDto>> CloseAsync(Guid id, CancellationToken ct = default) =>
        MoveAsync(id, CampaignStatus.Closed, c => c.Status switch
        {
            CampaignStatus.Draft => "Chỉ kết thúc được chiến dịch đang triển khai.",
            CampaignStatus.Closed => "Chiến dịch đã kết thúc.",
            _ => null,
        }, ct);

    private async Task<ServiceResult<CampaignDto>> MoveAsync(Guid id, CampaignStatus to, Func<Campaign, string?> refusal, CancellationToken ct)
    {
        if (!me.CanManageDirectory) return ServiceError.Forbidden();
        var campaign = await db.Set<Campaign>().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null) return ServiceError.NotFound("Không tìm thấy chiến dịch.");
        if (refusal(campaign) is { } message) return ServiceError.Conflict(message);
        campaign.Status = to;
        campaign.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    private async Task<ServiceResult<CampaignDto>> SaveAsync(Campaign campaign, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two coordinators saving the same occasion at once: the unique index decides; the loser gets 409.
            db.ChangeTracker.Clear();
            if (await db.Set<Campaign>().AnyAsync(c => c.UniqueKey == campaign.UniqueKey && c.Id != campaign.Id, ct))
                return Duplicate(campaign);
            throw;
        }
        return await GetAsync(campaign.Id, ct);
    }

    /// <summary>Validates and copies the request onto the entity; returns the error, leaving nothing saved.</summary>
    private async Task<ServiceError?> ApplyAsync(Campaign campaign, CampaignRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var valid = CampaignRules.Validate(request, errors);
        if (valid is not null && campaign.Status == CampaignStatus.Active && !valid.HasAllPhases)
            errors.Add("during.start", "Chiến dịch đang triển khai phải có đủ ba giai đoạn.");
        if (valid is not null && valid.KeySiteIds.Count > 0)
        {
            var ids = valid.KeySiteIds;
            var found = await db.Set<KeySite>().Where(s => ids.Contains(s.Id)).CountAsync(ct);
            if (found != ids.Count) errors.Add("keySiteIds", "Có điểm trọng yếu không tồn tại.");
        }
        if (errors.Any || valid is null) return errors.ToError();

        var key = valid.UniqueKey;
        campaign.Occasion = valid.Occasion;
        campaign.Year = valid.Year;
        campaign.Title = valid.Title;
        if (await db.Set<Campaign>().AnyAsync(c => c.UniqueKey == key && c.Id != campaign.Id, ct)) return Duplicate(campaign);
        campaign.Name = valid.Name;
        campaign.UniqueKey = key;
        (campaign.BeforeStart, campaign.BeforeEnd) = (valid.Before?.Start, valid.Before?.End);
        (campaign.DuringStart, campaign.DuringEnd) = (valid.During?.Start, valid.During?.End);
        (campaign.AfterStart, campaign.AfterEnd) = (valid.After?.Start, valid.After?.End);

        var samePeaks = campaign.Peaks.Count == valid.Peaks.Count && campaign.Peaks.OrderBy(p => p.StartsAt)
            .Zip(valid.Peaks.OrderBy(p => p.StartsAt)).All(x => x.First.Name == x.Second.Name && x.First.StartsAt == x.Second.StartsAt && x.First.EndsAt == x.Second.EndsAt);
        if (!samePeaks)
        {
            foreach (var old in campaign.Peaks.ToList()) db.Remove(old);
            campaign.Peaks.Clear();
            campaign.Peaks.AddRange(valid.Peaks.Select(p => new CampaignPeak { CampaignId = campaign.Id, Name = p.Name, StartsAt = p.StartsAt, EndsAt = p.EndsAt }));
        }
        foreach (var gone in campaign.KeySites.Where(k => !valid.KeySiteIds.Contains(k.KeySiteId)).ToList())
        {
            db.Remove(gone);
            campaign.KeySites.Remove(gone);
        }
        foreach (var added in valid.KeySiteIds.Where(id => campaign.KeySites.All(k => k.KeySiteId != id)))
            campaign.KeySites.Add(new CampaignKeySite { CampaignId = campaign.Id, KeySiteId = added });
        return null;
    }

    private static ServiceError Duplicate(Campaign c) => ServiceError.Conflict(c.Occasion.NeedsTitle()
        ? $"Năm {c.Year} đã có chiến dịch mang tên dịp này."
        : $"Đã có chiến dịch {c.Occasion.Vietnamese()} năm {c.Year}.");
}
