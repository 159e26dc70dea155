using Microsoft.EntityFrameworkCore;
using ThongSuot.Calendar;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.KeySites;
using ThongSuot.Shared;

namespace ThongSuot.Features.Campaigns;

/// <summary>Campaigns are province-wide: every signed-in user reads them; only Coordinator and Admin change them.</summary>
public sealed partial class CampaignsService(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    public async Task<ServiceResult<IReadOnlyList<CampaignDto>>> ListAsync(CampaignQuery query, CancellationToken ct = default)
    {
        var campaigns = Loaded().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            if (!CampaignOccasions.TryParseStatus(query.Status, out var status))
                return ServiceError.Invalid("status", "Trạng thái không hợp lệ.");
            campaigns = campaigns.Where(c => c.Status == status);
        }
        if (query.Year is { } year)
        {
            if (year is < CampaignOccasions.MinYear or > CampaignOccasions.MaxYear)
                return ServiceError.Invalid("year", $"Năm phải từ {CampaignOccasions.MinYear} đến {CampaignOccasions.MaxYear}.");
            campaigns = campaigns.Where(c => c.Year == year);
        }
        var rows = await campaigns.OrderByDescending(c => c.Year).ThenBy(c => c.Name).AsSplitQuery().ToListAsync(ct);
        return rows.Select(ToDto).ToList();
    }

    public async Task<ServiceResult<CampaignDto>> GetAsync(Guid id, CancellationToken ct = default)
    {
        var campaign = await Loaded().AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct);
        return campaign is null ? ServiceError.NotFound("Không tìm thấy chiến dịch.") : ToDto(campaign);
    }

    /// <summary>The computed name and suggested phases and peaks; a title is needed only to name titled occasions.</summary>
    public static ServiceResult<CampaignSuggestionDto> Suggest(string? occasionText, int? year, string? title = null)
    {
        var errors = new FieldErrors();
        if (!CampaignOccasions.TryParse(occasionText, out var occasion))
            errors.Add("occasion", string.IsNullOrWhiteSpace(occasionText) ? "Dịp là bắt buộc." : "Dịp không hợp lệ.");
        if (year is null) errors.Add("year", "Năm là bắt buộc.");
        else if (year is < CampaignOccasions.MinYear or > CampaignOccasions.MaxYear)
            errors.Add("year", $"Năm phải từ {CampaignOccasions.MinYear} đến {CampaignOccasions.MaxYear}.");
        var cleanTitle = errors.Text("title", title, 200, required: false, "Tên dịp");
        if (errors.Any) return errors.ToError();
        var plan = CampaignSuggestions.For(occasion, year!.Value, cleanTitle);
        return new CampaignSuggestionDto(occasion, occasion.Vietnamese(), year.Value, plan.Name,
            PhaseOf(plan.Before, occasion), PhaseOf(plan.During, occasion), PhaseOf(plan.After, occasion),
            plan.Peaks.Select(p => new PeakDto(p.Name, p.StartsAt, p.EndsAt)).ToList());
    }

    /// <summary>Every key site, for the scope checkboxes.</summary>
    public async Task<IReadOnlyList<CampaignSiteDto>> KeySiteChoicesAsync(CancellationToken ct = default)
    {
        var sites = await db.Set<KeySite>().AsNoTracking().Select(s => new CampaignSiteDto(s.Id, s.Name)).ToListAsync(ct);
        return sites.OrderBy(s => s.Name, StringComparer.Create(WebSetup.Vietnamese, false)).ToList();
    }

    private IQueryable<Campaign> Loaded() => db.Set<Campaign>()
        .Include(c => c.Organization).Include(c => c.Peaks).Include(c => c.KeySites).ThenInclude(k => k.KeySite);

    internal static CampaignDto ToDto(Campaign c) => new(
        c.Id, c.Occasion, c.Occasion.Vietnamese(), c.Year, c.Title, c.Name, c.Status, c.Status.Vietnamese(),
        c.OrganizationId, c.Organization?.Name ?? "",
        PhaseOf(new Phase(c.BeforeStart, c.BeforeEnd), c.Occasion),
        PhaseOf(new Phase(c.DuringStart, c.DuringEnd), c.Occasion),
        PhaseOf(new Phase(c.AfterStart, c.AfterEnd), c.Occasion),
        c.Peaks.OrderBy(p => p.StartsAt).Select(p => new PeakDto(p.Name, p.StartsAt, p.EndsAt)).ToList(),
        c.KeySites.Where(k => k.KeySite is not null).Select(k => new CampaignSiteDto(k.KeySiteId, k.KeySite!.Name))
            .OrderBy(s => s.Name, StringComparer.Create(WebSetup.Vietnamese, false)).ToList(),
        c.CreatedAt, c.UpdatedAt);

    private static PhaseDto? PhaseOf(Phase? phase, CampaignOccasion occasion) =>
        phase is { Start: { } s, End: { } e }
            ? new PhaseDto(s, e, occasion.IsLunar() ? Lunar(s) : null, occasion.IsLunar() ? Lunar(e) : null)
            : null;

    /// <summary>"23/12 âm lịch", as directives write lunar dates.</summary>
    public static string? Lunar(DateOnly day) =>
        day.Year is < LunarCalendar.MinYear or > LunarCalendar.MaxYear ? null : LunarDateFormat.ShortText(LunarCalendar.FromGregorian(day));
}
