using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Duty;
using ThongSuot.Features.Organizations;

namespace ThongSuot.Features.Incidents;

/// <summary>One recipient of an escalation step: a user account, or an organisation (whose mailbox and members get it).</summary>
public sealed record EscalationTarget(Guid OrganizationId, Guid? UserId, string Label);

/// <summary>
/// Who an escalation step goes to, from the duty roster at this instant (the same shifts GET /api/v1/duty/now shows).
/// A shift "is an account" when an enabled user of the shift's organisation has the person's e-mail or exactly their
/// full name; then that person is told directly, otherwise their organisation is told, with the duty phone in the text.
/// </summary>
public sealed class EscalationTargets(AppDbContext db)
{
    public async Task<IReadOnlyList<EscalationTarget>> ForStepAsync(Incident incident, int step, DateTime now, CancellationToken ct) => step switch
    {
        1 => await OnDutyAsync(ResponsibleOrganizations(incident), leaders: false, now, ct),
        2 => await OnDutyAsync(await DepartmentsAsync(incident.CampaignId, ct), leaders: false, now, ct),
        _ => await LeadersAsync(incident, now, ct),
    };

    /// <summary>Assigned organisations, else the affected ones, else the one that reported it.</summary>
    public static IReadOnlyList<Guid> ResponsibleOrganizations(Incident incident)
    {
        foreach (var role in new[] { IncidentInvolvement.Assigned, IncidentInvolvement.Affected })
        {
            var ids = incident.Organizations.Where(o => o.Role == role).Select(o => o.OrganizationId).Distinct().ToList();
            if (ids.Count > 0) return ids;
        }
        return [incident.OrganizationId];
    }

    /// <summary>
    /// "The department" (Sở) is the organisation that coordinates the campaign: the incident's campaign's issuer, else the
    /// issuers of active campaigns (as the duty board's department hotlines), else the organisations of coordinators.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> DepartmentsAsync(Guid? campaignId, CancellationToken ct)
    {
        if (campaignId is { } c && await db.Set<Campaign>().AsNoTracking().Where(x => x.Id == c).Select(x => (Guid?)x.OrganizationId).FirstOrDefaultAsync(ct) is { } issuer)
            return [issuer];
        var active = await db.Set<Campaign>().AsNoTracking().Where(x => x.Status == CampaignStatus.Active).Select(x => x.OrganizationId).Distinct().ToListAsync(ct);
        if (active.Count > 0) return active;
        return await UsersInRole(Roles.Coordinator).Select(u => u.OrganizationId).Distinct().ToListAsync(ct);
    }

    private async Task<IReadOnlyList<EscalationTarget>> LeadersAsync(Incident incident, DateTime now, CancellationToken ct)
    {
        var leaders = await UsersInRole(Roles.Leader).Where(u => !u.IsDisabled).OrderBy(u => u.FullName)
            .Select(u => new { u.Id, u.OrganizationId, u.FullName, u.UserName }).ToListAsync(ct);
        var targets = leaders.Select(u => new EscalationTarget(u.OrganizationId, u.Id, $"Lãnh đạo: {(u.FullName.Length > 0 ? u.FullName : u.UserName)}")).ToList();
        var onDuty = await OnDutyAsync(await DepartmentsAsync(incident.CampaignId, ct), leaders: true, now, ct, fallbackToOrganization: false);
        targets.AddRange(onDuty.Where(t => t.UserId is null || targets.All(x => x.UserId != t.UserId)));
        return targets;
    }

    private async Task<IReadOnlyList<EscalationTarget>> OnDutyAsync(IReadOnlyList<Guid> organizationIds, bool leaders, DateTime now, CancellationToken ct,
        bool fallbackToOrganization = true)
    {
        var orgs = await db.Set<Organization>().AsNoTracking().Where(o => organizationIds.Contains(o.Id))
            .Select(o => new { o.Id, o.ShortName, o.Hotline, o.Phone }).ToListAsync(ct);
        var shifts = await db.Set<DutyShift>().AsNoTracking()
            .Where(s => organizationIds.Contains(s.OrganizationId) && s.StartsAt <= now && s.EndsAt > now && (s.Role == DutyRole.Leader) == leaders)
            .OrderBy(s => s.StartsAt).Select(s => new { s.OrganizationId, s.PersonId, s.PersonName, s.Phone, s.Role }).ToListAsync(ct);
        var personIds = shifts.Where(s => s.PersonId != null).Select(s => s.PersonId!.Value).ToList();
        var emails = await db.Set<Person>().AsNoTracking().Where(p => personIds.Contains(p.Id) && p.Email != null)
            .ToDictionaryAsync(p => p.Id, p => p.Email!, ct);
        var users = await db.Users.AsNoTracking().Where(u => organizationIds.Contains(u.OrganizationId) && !u.IsDisabled)
            .Select(u => new { u.Id, u.OrganizationId, u.Email, u.FullName }).ToListAsync(ct);

        var targets = new List<EscalationTarget>();
        foreach (var org in orgs.OrderBy(o => o.ShortName, StringComparer.Ordinal))
        {
            var mine = shifts.Where(s => s.OrganizationId == org.Id).ToList();
            foreach (var s in mine)
            {
                var email = s.PersonId is { } p && emails.TryGetValue(p, out var e) ? e : null;
                var account = users.FirstOrDefault(u => u.OrganizationId == org.Id
                    && ((email is not null && string.Equals(u.Email, email, StringComparison.OrdinalIgnoreCase))
                        || string.Equals(u.FullName.Trim(), s.PersonName.Trim(), StringComparison.OrdinalIgnoreCase)));
                var label = $"{org.ShortName} – {s.Role.Vietnamese()}: {s.PersonName}" + (s.Phone is { Length: > 0 } ph ? $", ĐT {ph}" : "");
                targets.Add(new EscalationTarget(org.Id, account?.Id, label));
            }
            if (mine.Count == 0 && fallbackToOrganization)
            {
                var phone = org.Hotline ?? org.Phone;
                targets.Add(new EscalationTarget(org.Id, null, $"{org.ShortName} – không có ca trực lúc này" + (phone is { Length: > 0 } ? $"; đường dây nóng {phone}" : "")));
            }
        }
        return targets;
    }

    private IQueryable<AppUser> UsersInRole(string role) =>
        from u in db.Users
        join ur in db.Set<IdentityUserRole<Guid>>() on u.Id equals ur.UserId
        join r in db.Roles on ur.RoleId equals r.Id
        where r.Name == role
        select u;
}
