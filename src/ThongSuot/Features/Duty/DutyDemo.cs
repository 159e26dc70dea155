using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Organizations;

namespace ThongSuot.Features.Duty;

/// <summary>
/// A roster for the demo Tết 2027 campaign: the department (three shifts a day and a leader each day), VNPT (three
/// shifts a day with one deliberately missing on mồng 2 Tết afternoon) and VIETTEL (two shifts a day, entered only up
/// to 04/02 so far), and what the campaign requires: operators and the department 24/24, a leader each day.
/// </summary>
public static class DutyDemo
{
    // Each roster starts the evening before the phase: its last shift of that day covers the first night.
    public static async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        var campaign = await db.Set<Campaign>().FirstOrDefaultAsync(c => c.UniqueKey == $"{CampaignOccasion.LunarNewYear}:2027", ct);
        if (campaign?.DuringStart is not { } first || campaign.DuringEnd is not { } last) return;
        if (await db.Set<DutyShift>().AnyAsync(s => s.CampaignId == campaign.Id, ct)) return;
        var orgs = await db.Set<Organization>().Include(o => o.People).Where(o => o.ShortName == "SKHCN" || o.ShortName == "VIETTEL" || o.ShortName == "VNPT")
            .ToDictionaryAsync(o => o.ShortName, ct);
        if (orgs.Count < 3) return;
        var department = orgs["SKHCN"];

        db.AddRange(
            new CoverageRequirement { CampaignId = campaign.Id, OrganizationKind = OrganizationKind.TelecomOperator, Phase = DutyPhase.During, Mode = CoverageMode.Continuous },
            new CoverageRequirement { CampaignId = campaign.Id, OrganizationId = department.Id, Phase = DutyPhase.During, Mode = CoverageMode.Continuous },
            new CoverageRequirement { CampaignId = campaign.Id, OrganizationId = department.Id, Role = DutyRole.Leader, Phase = DutyPhase.During, Mode = CoverageMode.Daily });

        Add(db, campaign, department, DutyRole.Shift, first.AddDays(-1), last, [new(6, 0), new(14, 0), new(22, 0)],
            [.. department.People.OrderBy(p => p.FullName, StringComparer.Ordinal), Typed("Hồ Văn Trực", "0900 000 201")], "Phòng trực Sở, Đồng Hới");
        Add(db, campaign, department, DutyRole.Leader, first, last, [new(8, 0)], department.People.OrderBy(p => p.FullName, StringComparer.Ordinal).Take(1).ToList(), null);
        Add(db, campaign, orgs["VNPT"], DutyRole.Operations, first.AddDays(-1), last, [new(6, 0), new(14, 0), new(22, 0)],
            [.. orgs["VNPT"].People.OrderBy(p => p.FullName, StringComparer.Ordinal), Typed("Lâm Thị Ca", "0900 000 301")], "Trung tâm Điều hành thông tin VNPT");
        Add(db, campaign, orgs["VIETTEL"], DutyRole.Shift, first.AddDays(-1), new DateOnly(2027, 2, 4), [new(7, 0), new(19, 0)],
            orgs["VIETTEL"].People.OrderBy(p => p.FullName, StringComparer.Ordinal).ToList(), "Phòng NOC Viettel Quảng Trị");
        await db.SaveChangesAsync(ct);

        // The deliberate gap: nobody at VNPT on 07/02/2027 (mồng 2 Tết) from 14:00 to 22:00.
        var gapStart = CampaignSuggestions.Utc(new DateOnly(2027, 2, 7), new TimeOnly(14, 0));
        db.RemoveRange(db.Set<DutyShift>().Where(s => s.OrganizationId == orgs["VNPT"].Id && s.StartsAt == gapStart));
        await db.SaveChangesAsync(ct);
    }

    private static Person Typed(string name, string phone) => new() { FullName = name, Phone = phone, Id = Guid.Empty };

    private static void Add(AppDbContext db, Campaign campaign, Organization org, DutyRole role, DateOnly from, DateOnly to,
        TimeOnly[] times, IReadOnlyList<Person> people, string? place)
    {
        if (people.Count == 0) return;
        foreach (var s in ShiftPattern.Expand(from, to, times, people.Count))
        {
            var p = people[s.PersonIndex];
            db.Add(new DutyShift
            {
                OrganizationId = org.Id, CampaignId = campaign.Id, Role = role, StartsAt = s.StartsAt, EndsAt = s.EndsAt, Place = place,
                PersonId = p.Id == Guid.Empty ? null : p.Id, PersonName = p.FullName, Phone = p.Phone,
            });
        }
    }
}
