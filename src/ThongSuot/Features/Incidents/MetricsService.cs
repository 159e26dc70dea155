using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Areas;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Incidents;

public sealed record MetricsCampaign(Guid Id, string Name, int Year);

/// <summary>A campaign's MTTA/MTTR by one dimension. <see cref="OwnIncidentsOnly"/>: a Member's figures cover only its own incidents.</summary>
public sealed record MetricsReport(Guid CampaignId, string CampaignName, MetricsDimension By, bool OwnIncidentsOnly, DateTime CalculatedAt,
    IReadOnlyList<MetricsGroup> Groups, MetricsGroup Total);

/// <summary>
/// Metrics over a campaign's incidents (cancelled and merged duplicates left out, so nothing counts twice). Province-wide
/// roles see every incident; a Member gets the same figures over the incidents it may see (reported by or involving its
/// organisation), never a 403: the page says so. Operators are the involved organisations (reporter included) of operator kinds.
/// </summary>
public sealed class MetricsService(AppDbContext db, CurrentUser me, IncidentsService incidents, TimeProvider clock)
{
    public static readonly OrganizationKind[] OperatorKinds =
        [OrganizationKind.TelecomOperator, OrganizationKind.InternetProvider, OrganizationKind.PostalOperator, OrganizationKind.PayTvOperator];

    public const string NoneKey = "none";

    public async Task<IReadOnlyList<MetricsCampaign>> CampaignsAsync(CancellationToken ct = default) =>
        await db.Set<Campaign>().AsNoTracking().OrderByDescending(c => c.Year).ThenBy(c => c.Name)
            .Select(c => new MetricsCampaign(c.Id, c.Name, c.Year)).ToListAsync(ct);

    public static bool TryParseDimension(string? text, out MetricsDimension by)
    {
        by = MetricsDimension.Type;
        return string.IsNullOrWhiteSpace(text) || IncidentNames.TryParse(text, out by);
    }

    public async Task<ServiceResult<MetricsReport>> CalculateAsync(Guid campaignId, MetricsDimension by, CancellationToken ct = default)
    {
        var campaign = await db.Set<Campaign>().AsNoTracking().Where(c => c.Id == campaignId).Select(c => c.Name).FirstOrDefaultAsync(ct);
        if (campaign is null) return ServiceError.NotFound("Không tìm thấy chiến dịch.");
        var rows = await incidents.Visible().AsNoTracking()
            .Where(i => i.CampaignId == campaignId && i.Status != IncidentStatus.Cancelled && i.Status != IncidentStatus.Merged)
            .Select(i => new
            {
                i.TypeCode, i.Severity, i.Status, i.AreaId, i.OrganizationId, i.CreatedAt, i.StartedAt, i.AcknowledgedAt, i.ServiceRestoredAt, i.RestoredAt, i.ClosedAt,
                i.SubscribersAffected,
                Involved = i.Organizations.Select(o => o.OrganizationId).ToList(),
            })
            .ToListAsync(ct);
        var sla = await db.Set<IncidentSeverity>().AsNoTracking().ToDictionaryAsync(s => s.Level, ct);
        var operators = by == MetricsDimension.Operator
            ? await db.Set<Organization>().AsNoTracking().Where(o => OperatorKinds.Contains(o.Kind)).ToDictionaryAsync(o => o.Id.ToString(), o => o.ShortName, ct)
            : [];
        var input = rows.Select(i => new MetricsIncident(i.Severity, i.CreatedAt, i.StartedAt, i.AcknowledgedAt, Incident.OutageEndOf(i.Status, i.ServiceRestoredAt, i.RestoredAt, i.ClosedAt), by switch
        {
            MetricsDimension.Type => [i.TypeCode],
            MetricsDimension.Severity => [i.Severity.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            MetricsDimension.Area => [i.AreaId?.ToString() ?? NoneKey],
            _ => i.Involved.Append(i.OrganizationId).Select(o => o.ToString()).Where(operators.ContainsKey).DefaultIfEmpty(NoneKey).ToList(),
        }, i.SubscribersAffected)).ToList();

        var names = await NamesAsync(by, operators, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var groups = MetricsCalculator.Calculate(input, sla, k => names.GetValueOrDefault(k) ?? (k == NoneKey ? NoneName(by) : k), now);
        groups = by == MetricsDimension.Severity
            ? groups.OrderBy(g => g.Key, StringComparer.Ordinal).ToList()
            : groups.OrderByDescending(g => g.Incidents).ThenBy(g => g.Key == NoneKey).ThenBy(g => g.Name, StringComparer.Ordinal).ToList();
        var total = MetricsCalculator.Group("all", "Tất cả", input, sla, now);
        return new MetricsReport(campaignId, campaign, by, !me.SeesAllOrganizations, now, groups, total);
    }

    private async Task<Dictionary<string, string>> NamesAsync(MetricsDimension by, Dictionary<string, string> operators, CancellationToken ct) => by switch
    {
        MetricsDimension.Type => await db.Set<IncidentType>().AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.Name, ct),
        MetricsDimension.Severity => (await db.Set<IncidentSeverity>().AsNoTracking().ToListAsync(ct))
            .ToDictionary(s => s.Level.ToString(System.Globalization.CultureInfo.InvariantCulture), s => $"{s.Level} – {s.Name}"),
        MetricsDimension.Area => (await db.Set<Area>().AsNoTracking().Select(a => new { a.Id, a.Name }).ToListAsync(ct)).ToDictionary(a => a.Id.ToString(), a => a.Name),
        _ => operators,
    };

    private static string NoneName(MetricsDimension by) => by == MetricsDimension.Operator ? "Không có doanh nghiệp" : "Chưa xác định địa bàn";

    public static string DimensionName(MetricsDimension by) => by switch
    {
        MetricsDimension.Type => "Loại sự cố",
        MetricsDimension.Severity => "Mức độ",
        MetricsDimension.Operator => "Doanh nghiệp",
        _ => "Địa bàn",
    };
}
