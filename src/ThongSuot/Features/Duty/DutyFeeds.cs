using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Duty;

/// <summary>Calendar exports: the .ics of an organisation or of one person, by cookie or by a secret feed URL.</summary>
public sealed class DutyFeeds(AppDbContext db, CurrentUser me, TimeProvider clock)
{
    public async Task<ServiceResult<FeedDto>> CreateAsync(FeedRequest r, string baseUrl, CancellationToken ct = default)
    {
        if (r.OrganizationId is not { } orgId) return ServiceError.Invalid("organizationId", "Tổ chức là bắt buộc.");
        if (!me.CanSeeOrganization(orgId) || !await db.Set<Organization>().AnyAsync(o => o.Id == orgId, ct)) return ServiceError.NotFound("Không tìm thấy tổ chức.");
        if (r.PersonId is { } pid && !await db.Set<Person>().AnyAsync(p => p.Id == pid && p.OrganizationId == orgId, ct))
            return ServiceError.Invalid("personId", "Người này không thuộc tổ chức.");
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var feed = new DutyFeed { OrganizationId = orgId, PersonId = r.PersonId, TokenHash = Hash(token), CreatedBy = me.UserId, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.Add(feed);
        await db.SaveChangesAsync(ct);
        return new FeedDto(feed.Id, $"{baseUrl.TrimEnd('/')}/api/v1/duty/feeds/{token}.ics");
    }

    /// <summary>The feeds handed out for an organisation, to whoever may create them; others learn nothing (404).</summary>
    public async Task<ServiceResult<IReadOnlyList<FeedInfoDto>>> ListAsync(Guid organizationId, CancellationToken ct = default)
    {
        if (!me.CanSeeOrganization(organizationId) || !await db.Set<Organization>().AnyAsync(o => o.Id == organizationId, ct))
            return ServiceError.NotFound("Không tìm thấy tổ chức.");
        var rows = await Info(db.Set<DutyFeed>().Where(f => f.OrganizationId == organizationId)).ToListAsync(ct);
        return rows.OrderBy(r => r.RevokedAt is not null).ThenByDescending(r => r.CreatedAt).ToList();
    }

    /// <summary>Withdraws a feed for good: its URL answers 404 from now on. Revoking twice changes nothing.</summary>
    public async Task<ServiceResult<FeedInfoDto>> RevokeAsync(Guid id, CancellationToken ct = default)
    {
        var feed = await db.Set<DutyFeed>().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (feed is null || !me.CanSeeOrganization(feed.OrganizationId)) return ServiceError.NotFound("Không tìm thấy đường dẫn lịch.");
        if (feed.RevokedAt is null)
        {
            feed.RevokedAt = clock.GetUtcNow().UtcDateTime;
            feed.RevokedBy = me.UserId;
            await db.SaveChangesAsync(ct);
        }
        return await Info(db.Set<DutyFeed>().Where(f => f.Id == id)).SingleAsync(ct);
    }

    /// <summary>The calendar behind a live feed token; null for an unknown or revoked token (the caller answers 404).</summary>
    public async Task<string?> ByTokenAsync(string token, CancellationToken ct = default)
    {
        if (token.Length != 64) return null;
        var hash = Hash(token);
        var feed = await db.Set<DutyFeed>().AsNoTracking().FirstOrDefaultAsync(f => f.TokenHash == hash && f.RevokedAt == null, ct);
        return feed is null ? null : await CalendarAsync(feed.OrganizationId, feed.PersonId, ct);
    }

    /// <summary>Rosters are province-wide, so any signed-in user may export one organisation's.</summary>
    public async Task<string?> CalendarAsync(Guid organizationId, Guid? personId, CancellationToken ct = default)
    {
        var org = await db.Set<Organization>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == organizationId, ct);
        if (org is null) return null;
        var shifts = db.Set<DutyShift>().AsNoTracking().Where(s => s.OrganizationId == organizationId);
        var name = $"Lịch trực {org.ShortName}";
        if (personId is { } pid)
        {
            shifts = shifts.Where(s => s.PersonId == pid);
            var person = await db.Set<Person>().AsNoTracking().Where(p => p.Id == pid).Select(p => p.FullName).FirstOrDefaultAsync(ct);
            name += $" – {person}";
        }
        var rows = await DutyService.Project(shifts.OrderBy(s => s.StartsAt)).Take(5000).ToListAsync(ct);
        return IcsWriter.Write(name, rows.Select(ToEvent), clock.GetUtcNow().UtcDateTime);
    }

    public static IcsEvent ToEvent(ShiftDto s) => new(
        $"{s.Id}@thongsuot", s.StartsAt, s.EndsAt, $"{s.RoleName}: {s.PersonName} ({s.OrganizationShortName})",
        string.Join("\n", new[] { s.OrganizationName, s.Phone is null ? null : $"Điện thoại: {s.Phone}" }.Where(x => x is not null)),
        s.Place, s.UpdatedAt);

    private IQueryable<FeedInfoDto> Info(IQueryable<DutyFeed> feeds) =>
        from f in feeds.AsNoTracking()
        join p in db.Set<Person>() on f.PersonId equals (Guid?)p.Id into people
        from p in people.DefaultIfEmpty()
        join c in db.Users on f.CreatedBy equals (Guid?)c.Id into creators
        from c in creators.DefaultIfEmpty()
        join r in db.Users on f.RevokedBy equals (Guid?)r.Id into revokers
        from r in revokers.DefaultIfEmpty()
        select new FeedInfoDto(f.Id, f.OrganizationId, f.PersonId, p == null ? null : p.FullName, f.CreatedAt,
            c == null ? null : c.FullName, f.RevokedAt, r == null ? null : r.FullName);

    private static string Hash(string token) => SecretToken.Hash(token);
}
