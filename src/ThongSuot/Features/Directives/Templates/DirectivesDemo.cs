using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Organizations;

namespace ThongSuot.Features.Directives.Templates;

/// <summary>
/// The department's issued Tết letters: 2027 (Đinh Mùi, in the active demo campaign) and 2026 (Bính Ngọ, in a closed
/// campaign added here) so that "copy last year's" has something to copy. Both built from the seed-000 template with
/// the department's own (fictional) people and phones. Runs again safely.
/// </summary>
public static class DirectivesDemo
{
    public const string TemplateKey = "tet-so-2019";

    public static async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        var department = await db.Set<Organization>().Include(o => o.Parent).Include(o => o.People).AsSplitQuery()
            .FirstOrDefaultAsync(o => o.ShortName == "SKHCN", ct);
        var template = DirectiveTemplates.Find(TemplateKey);
        if (department is null || template is null) return;
        var organizations = await db.Set<Organization>().AsNoTracking().ToListAsync(ct);

        var lastYear = await ClosedCampaignAsync(db, department, 2026, ct);
        await IssuedLetterAsync(db, template, lastYear, department, organizations, new DateOnly(2025, 12, 15), 987, ct);
        var key = $"{CampaignOccasion.LunarNewYear}:2027";
        var current = await db.Set<Campaign>().FirstOrDefaultAsync(c => c.UniqueKey == key, ct);
        if (current is not null)
            await IssuedLetterAsync(db, template, current, department, organizations, new DateOnly(2026, 11, 20), 1062, ct);
    }

    private static async Task<Campaign> ClosedCampaignAsync(AppDbContext db, Organization department, int year, CancellationToken ct)
    {
        var key = $"{CampaignOccasion.LunarNewYear}:{year}";
        var existing = await db.Set<Campaign>().FirstOrDefaultAsync(c => c.UniqueKey == key, ct);
        if (existing is not null) return existing;
        var plan = CampaignSuggestions.For(CampaignOccasion.LunarNewYear, year);
        var campaign = new Campaign
        {
            Occasion = CampaignOccasion.LunarNewYear, Year = year, Name = plan.Name, UniqueKey = key,
            Status = CampaignStatus.Closed, OrganizationId = department.Id,
            BeforeStart = plan.Before!.Start, BeforeEnd = plan.Before.End,
            DuringStart = plan.During!.Start, DuringEnd = plan.During.End,
            AfterStart = plan.After!.Start, AfterEnd = plan.After.End,
        };
        campaign.Peaks.AddRange(plan.Peaks.Select(p => new CampaignPeak { CampaignId = campaign.Id, Name = p.Name, StartsAt = p.StartsAt, EndsAt = p.EndsAt }));
        db.Add(campaign);
        await db.SaveChangesAsync(ct);
        return campaign;
    }

    private static async Task IssuedLetterAsync(AppDbContext db, DirectiveTemplate template, Campaign campaign, Organization department,
        IReadOnlyList<Organization> organizations, DateOnly issuedOn, int number, CancellationToken ct)
    {
        if (await db.Set<Directive>().AnyAsync(d => d.CampaignId == campaign.Id && d.OrganizationId == department.Id, ct)) return;
        var letter = TemplateInstantiation.Build(template, campaign, department, organizations);
        letter.Status = DirectiveStatus.Issued;
        letter.Year = issuedOn.Year;
        letter.Number = number;
        letter.IssuedOn = issuedOn;
        letter.IssuedAt = CampaignSuggestions.Utc(issuedOn, new TimeOnly(9, 0));
        db.Add(letter);
        await db.SaveChangesAsync(ct);
    }
}
