using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.KeySites;
using ThongSuot.Features.Organizations;

namespace ThongSuot.Features.Campaigns;

/// <summary>An active Tết Nguyên đán 2027 campaign of the department (SKHCN) with the suggested phases and peaks. Runs again safely.</summary>
public static class CampaignsDemo
{
    private static readonly string[] SiteNames =
    [
        "Quảng trường Hồ Chí Minh – Đồng Hới",
        "Quảng trường Đông Hà – bờ sông Hiếu",
        "Chợ Đông Hà – chợ Tết",
        "Trụ sở Tỉnh ủy – UBND tỉnh Quảng Trị",
        "Cửa khẩu quốc tế Lao Bảo",
        "Đảo Cồn Cỏ",
    ];

    public static async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        const int year = 2027;
        var key = $"{CampaignOccasion.LunarNewYear}:{year}";
        if (await db.Set<Campaign>().AnyAsync(c => c.UniqueKey == key, ct)) return;
        var department = await db.Set<Organization>().FirstOrDefaultAsync(o => o.ShortName == "SKHCN", ct);
        if (department is null) return;
        var plan = CampaignSuggestions.For(CampaignOccasion.LunarNewYear, year);
        var sites = await db.Set<KeySite>().Where(s => SiteNames.Contains(s.Name)).Select(s => s.Id).ToListAsync(ct);
        var campaign = new Campaign
        {
            Occasion = CampaignOccasion.LunarNewYear, Year = year, Name = plan.Name, UniqueKey = key,
            Status = CampaignStatus.Active, OrganizationId = department.Id,
            BeforeStart = plan.Before!.Start, BeforeEnd = plan.Before.End,
            DuringStart = plan.During!.Start, DuringEnd = plan.During.End,
            AfterStart = plan.After!.Start, AfterEnd = plan.After.End,
        };
        campaign.Peaks.AddRange(plan.Peaks.Select(p => new CampaignPeak { CampaignId = campaign.Id, Name = p.Name, StartsAt = p.StartsAt, EndsAt = p.EndsAt }));
        campaign.KeySites.AddRange(sites.Select(id => new CampaignKeySite { CampaignId = campaign.Id, KeySiteId = id }));
        db.Add(campaign);
        await db.SaveChangesAsync(ct);
    }
}
