using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Areas;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.KeySites;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;
using ThongSuot.Shared.Events;

namespace ThongSuot.Features.Incidents;

/// <summary>
/// Incidents: province-wide roles see all; a Member sees those its organisation reported or is involved in, and changes
/// those it reported or is assigned; Coordinator and Admin change all; Viewer none. Unseen incidents are "not found".
/// </summary>
public sealed partial class IncidentsService(AppDbContext db, CurrentUser me, TimeProvider clock, DomainEvents events)
{
    private const string NotFoundText = "Không tìm thấy sự cố.";

    public async Task<ServiceResult<IncidentPage>> ListAsync(IncidentQuery query, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var incidents = Visible().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            if (IncidentNames.TryParse<IncidentStatus>(query.Status, out var status)) incidents = incidents.Where(i => i.Status == status);
            else if (query.Status.Trim().Equals("open", StringComparison.OrdinalIgnoreCase))
                incidents = incidents.Where(i => i.Status == IncidentStatus.Reported || i.Status == IncidentStatus.Acknowledged || i.Status == IncidentStatus.Responding);
            else errors.Add("status", "Trạng thái không hợp lệ.");
        }
        if (!string.IsNullOrWhiteSpace(query.Type))
        {
            var type = query.Type.Trim();
            if (type.Length > 40) errors.Add("type", "Loại sự cố không hợp lệ.");
            else incidents = incidents.Where(i => i.TypeCode == type);
        }
        if (!string.IsNullOrWhiteSpace(query.Severity))
        {
            if (int.TryParse(query.Severity, out var level) && level is >= 1 and <= 4) incidents = incidents.Where(i => i.Severity == level);
            else errors.Add("severity", "Mức độ phải từ 1 đến 4.");
        }
        if (query.OrganizationId is { } org)
            incidents = incidents.Where(i => i.OrganizationId == org || i.Organizations.Any(o => o.OrganizationId == org));
        var search = errors.Text("search", query.Search, 200, required: false, "Từ khóa");
        if (search is not null)
        {
            var normalized = TextSearch.Normalize(search);
            incidents = incidents.Where(i => i.SearchText.Contains(normalized));
        }
        if (query.Page < 1) errors.Add("page", "Trang phải từ 1.");
        if (query.PageSize is < 1 or > 200) errors.Add("pageSize", "Cỡ trang phải từ 1 đến 200.");
        if (errors.Any) return errors.ToError();

        var total = await incidents.CountAsync(ct);
        var items = await incidents.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Number)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(i => new
            {
                i.Id, i.Number, i.Title, i.Status, i.TypeCode, TypeName = i.Type!.Name, i.Severity, i.Channel, i.OrganizationId,
                OrganizationName = db.Set<Organization>().Where(o => o.Id == i.OrganizationId).Select(o => o.ShortName).FirstOrDefault(),
                i.StartedAt, i.Revision,
            })
            .ToListAsync(ct);
        return new IncidentPage(items.Select(i => new IncidentListItem(i.Id, i.Number, i.Title, i.Status, i.Status.Vietnamese(), i.TypeCode,
            i.TypeName, i.Severity, i.Channel, i.OrganizationId, i.OrganizationName ?? "", i.StartedAt, i.Revision)).ToList(), total, query.Page, query.PageSize);
    }

    public async Task<ServiceResult<IncidentDto>> GetAsync(Guid id, CancellationToken ct = default)
    {
        var incident = await Visible().AsNoTracking().Include(i => i.Type).Include(i => i.Organizations).ThenInclude(o => o.Organization)
            .AsSplitQuery().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (incident is null) return ServiceError.NotFound(NotFoundText);
        var severity = await db.Set<IncidentSeverity>().AsNoTracking().Where(s => s.Level == incident.Severity).Select(s => s.Name).FirstOrDefaultAsync(ct);
        var org = await db.Set<Organization>().AsNoTracking().Where(o => o.Id == incident.OrganizationId).Select(o => o.Name).FirstOrDefaultAsync(ct);
        var area = incident.AreaId is { } a ? await db.Set<Area>().AsNoTracking().Where(x => x.Id == a).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        var site = incident.KeySiteId is { } s ? await db.Set<KeySite>().AsNoTracking().Where(x => x.Id == s).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        var campaign = incident.CampaignId is { } c ? await db.Set<Campaign>().AsNoTracking().Where(x => x.Id == c).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        var merged = incident.MergedIntoId is { } m ? await db.Set<Incident>().AsNoTracking().Where(x => x.Id == m).Select(x => x.Number).FirstOrDefaultAsync(ct) : null;
        var timeline = await db.Set<IncidentEntry>().AsNoTracking().Where(e => e.IncidentId == id).OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new TimelineEntryDto(e.At, e.Kind, e.FromStatus, e.ToStatus, e.Text, e.ByName)).ToListAsync(ct);
        var aid = await AidRequestsOfAsync(id, ct);
        var involved = incident.Organizations.Where(o => o.Organization is not null)
            .Select(o => new InvolvedOrganizationDto(o.OrganizationId, o.Organization!.ShortName, o.Organization.Name, o.Role)).ToList();
        return ToDto(incident, new IncidentNamesOf(incident.Type?.Name ?? incident.TypeCode, severity ?? "", org ?? "", area, site, campaign, merged),
            involved, timeline, aid);
    }

    /// <summary>The names an <see cref="IncidentDto"/> shows beside the ids it holds.</summary>
    private sealed record IncidentNamesOf(string Type, string Severity, string Organization, string? Area, string? KeySite, string? Campaign, string? MergedInto);

    private IncidentDto ToDto(Incident incident, IncidentNamesOf names, IEnumerable<InvolvedOrganizationDto> involved,
        IReadOnlyList<TimelineEntryDto> timeline, IReadOnlyList<AidRequestDto> aid)
    {
        var canUpdate = CanUpdate(incident);
        var outage = incident.Status is IncidentStatus.Restored or IncidentStatus.Closed ? Incident.OutageMinutesOf(incident.StartedAt, incident.OutageEnd) : null;
        return new IncidentDto(incident.Id, incident.Number, incident.Status, incident.Status.Vietnamese(), incident.Channel, incident.TypeCode,
            names.Type, incident.Severity, names.Severity, incident.Title, incident.Description,
            incident.ReporterName, incident.ReporterPhone, incident.OrganizationId, names.Organization, ServicesOf(incident.Services),
            incident.AreaId, names.Area, incident.KeySiteId, names.KeySite, incident.CampaignId, names.Campaign, incident.Latitude, incident.Longitude,
            incident.StartedAt, incident.SubscribersAffected, incident.AcknowledgedAt, incident.RespondingAt, incident.RestoredAt,
            incident.ClosedAt, incident.CancelledAt, incident.MergedIntoId, names.MergedInto, incident.Revision, incident.CreatedAt, incident.UpdatedAt,
            involved.OrderBy(o => o.Role).ThenBy(o => o.ShortName, StringComparer.Ordinal).ToList(),
            timeline, aid, canUpdate ? IncidentWorkflow.NextOf(incident.Status).Where(s => s != IncidentStatus.Merged).ToList() : [], canUpdate,
            incident.ServiceRestoredAt, outage is { } m ? Math.Round(m, 1) : null, Incident.OutageSizeOf(incident.SubscribersAffected, outage));
    }

    public async Task<IReadOnlyList<IncidentTypeDto>> TypesAsync(bool activeOnly, CancellationToken ct = default) =>
        await db.Set<IncidentType>().AsNoTracking().Where(t => !activeOnly || t.IsActive).OrderBy(t => t.SortOrder).ThenBy(t => t.Code)
            .Select(t => new IncidentTypeDto(t.Code, t.Name, t.SortOrder, t.IsActive)).ToListAsync(ct);

    public async Task<IReadOnlyList<SeverityDto>> SeveritiesAsync(CancellationToken ct = default) =>
        await db.Set<IncidentSeverity>().AsNoTracking().OrderBy(s => s.Level)
            .Select(s => new SeverityDto(s.Level, s.Name, s.Meaning, s.AcknowledgeMinutes, s.RestoreMinutes)).ToListAsync(ct);

    /// <summary>Incidents this caller may see.</summary>
    internal IQueryable<Incident> Visible()
    {
        var incidents = db.Set<Incident>().AsQueryable();
        if (me.SeesAllOrganizations) return incidents;
        var org = me.OrganizationId;
        return incidents.Where(i => i.OrganizationId == org || i.Organizations.Any(o => o.OrganizationId == org));
    }

    /// <summary>Status, assignment, aid requests: Coordinator/Admin, or a Member of the reporting or an assigned organisation. Needs Organizations loaded.</summary>
    internal bool CanUpdate(Incident incident) =>
        me.CanManageDirectory || (me.IsInRole(Roles.Member) && me.OrganizationId != Guid.Empty
            && (incident.OrganizationId == me.OrganizationId
                || incident.Organizations.Any(o => o.OrganizationId == me.OrganizationId && o.Role == IncidentInvolvement.Assigned)));

    /// <summary>Notes: whoever may update, a Leader, or a Member of any involved organisation.</summary>
    private bool CanNote(Incident incident) =>
        CanUpdate(incident) || me.IsInRole(Roles.Leader)
        || (me.IsInRole(Roles.Member) && incident.Organizations.Any(o => o.OrganizationId == me.OrganizationId));

    internal static IReadOnlyList<AffectedService> ServicesOf(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => Enum.TryParse<AffectedService>(s, out var v) ? v : (AffectedService?)null)
            .Where(v => v is not null).Select(v => v!.Value).ToList();

    private string ActorName => me.FullName ?? me.UserName ?? "?";

    private IncidentEntry Entry(Guid incidentId, IncidentEntryKind kind, string? text, DateTime now) => new()
    {
        IncidentId = incidentId, Kind = kind, Text = text, At = now, ByUserId = me.UserId, ByName = ActorName,
        OrganizationId = me.OrganizationId == Guid.Empty ? null : me.OrganizationId,
    };

    private static ServiceError Stale(int current) => ServiceError.Conflict(
        $"Sự cố vừa được người khác cập nhật (phiên bản hiện tại {current}). Hãy tải lại để xem thay đổi rồi thực hiện lại; nội dung bạn nhập chưa được lưu.");
}
