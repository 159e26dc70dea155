using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Areas;
using ThongSuot.Features.KeySites;
using ThongSuot.Features.Organizations;

namespace ThongSuot.Features.Incidents;

/// <summary>
/// Rows of the live board. <see cref="StateAsync"/> is scoped to the caller like every incident read;
/// <see cref="RowAsync"/> is not, because the listener builds one row for every group and the groups do the scoping.
/// </summary>
public sealed class BoardService(AppDbContext db, IncidentsService incidents, TimeProvider clock)
{
    /// <summary>A board shows at most this many open incidents; a province has far fewer at once.</summary>
    public const int MaxRows = 1000;

    public async Task<BoardState> StateAsync(CancellationToken ct = default)
    {
        var open = await incidents.Visible().AsNoTracking()
            .Where(i => i.Status == IncidentStatus.Reported || i.Status == IncidentStatus.Acknowledged || i.Status == IncidentStatus.Responding)
            .OrderBy(i => i.Severity).ThenBy(i => i.StartedAt).Take(MaxRows)
            .Include(i => i.Type).Include(i => i.Organizations).ThenInclude(o => o.Organization).AsSplitQuery()
            .ToListAsync(ct);
        var rows = await RowsAsync(open, ct);
        var sites = await db.Set<KeySite>().AsNoTracking().Where(s => s.Latitude != null && s.Longitude != null).OrderBy(s => s.Name)
            .Select(s => new BoardKeySite(s.Id, s.Name, s.Latitude!.Value, s.Longitude!.Value)).ToListAsync(ct);
        return new BoardState(rows, sites, clock.GetUtcNow().UtcDateTime);
    }

    public async Task<BoardRow?> RowAsync(Guid id, CancellationToken ct = default)
    {
        var incident = await db.Set<Incident>().AsNoTracking().Include(i => i.Type).Include(i => i.Organizations).ThenInclude(o => o.Organization)
            .AsSplitQuery().FirstOrDefaultAsync(i => i.Id == id, ct);
        return incident is null ? null : (await RowsAsync([incident], ct))[0];
    }

    private async Task<List<BoardRow>> RowsAsync(IReadOnlyList<Incident> list, CancellationToken ct)
    {
        if (list.Count == 0) return [];
        var orgIds = list.Select(i => i.OrganizationId).Distinct().ToList();
        var areaIds = list.Where(i => i.AreaId != null).Select(i => i.AreaId!.Value).Distinct().ToList();
        var siteIds = list.Where(i => i.KeySiteId != null).Select(i => i.KeySiteId!.Value).Distinct().ToList();
        var orgs = await db.Set<Organization>().AsNoTracking().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ShortName, ct);
        var areas = await db.Set<Area>().AsNoTracking().Where(a => areaIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        var sites = await db.Set<KeySite>().AsNoTracking().Where(s => siteIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var severities = await db.Set<IncidentSeverity>().AsNoTracking().ToDictionaryAsync(s => s.Level, s => s.Name, ct);
        return list.Select(i => new BoardRow(
            i.Id, i.Number, i.Title, i.TypeCode, i.Type?.Name ?? i.TypeCode, i.Severity, severities.GetValueOrDefault(i.Severity, ""),
            i.Status.ToString(), i.Status.Vietnamese(), IncidentWorkflow.IsOpen(i.Status), i.StartedAt,
            i.OrganizationId, orgs.GetValueOrDefault(i.OrganizationId, ""), OrganizationsOf(i, orgs.GetValueOrDefault(i.OrganizationId, "")),
            i.AreaId, i.AreaId is { } a ? areas.GetValueOrDefault(a) : null, i.KeySiteId, i.KeySiteId is { } s ? sites.GetValueOrDefault(s) : null,
            i.Latitude, i.Longitude, i.Revision)).ToList();
    }

    private static List<BoardOrganization> OrganizationsOf(Incident i, string reporterName)
    {
        var result = new List<BoardOrganization> { new(i.OrganizationId, reporterName, "Reporter") };
        result.AddRange(i.Organizations.Where(o => o.Organization is not null).OrderBy(o => o.Role).ThenBy(o => o.Organization!.ShortName, StringComparer.Ordinal)
            .Select(o => new BoardOrganization(o.OrganizationId, o.Organization!.ShortName, o.Role.ToString())));
        return result;
    }
}
