using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Audit;

namespace ThongSuot.Features.Incidents;

/// <summary>An involvement row of an incident that a change added (Create) or removed (Delete).</summary>
public sealed record InvolvementChange(Guid OrganizationId, IncidentInvolvement Role, AuditAction Action);

/// <summary>
/// What a change did to an incident's organisations, read after the fact from the audit trail: every
/// <see cref="IncidentOrganization"/> row added or removed has its insert-only <see cref="AuditEntry"/>
/// ("IncidentOrganization", "{incident}|{organisation}|{role}") committed with the change. So a listener, which only gets
/// the change's id and time and may run late or twice, still knows who was assigned or removed, with no schema of its own.
/// </summary>
public sealed class IncidentInvolvementTrail(AppDbContext db)
{
    private const string EntityType = nameof(IncidentOrganization);

    public static string KeyOf(Guid incidentId, Guid organizationId, IncidentInvolvement role) => $"{incidentId}|{organizationId}|{role}";

    /// <summary>Rows added or removed at or after <paramref name="since"/> (the change's time: its audit rows are written just after).</summary>
    public async Task<List<InvolvementChange>> SinceAsync(Guid incidentId, DateTime since, CancellationToken ct)
    {
        var prefix = $"{incidentId}|";
        var rows = await db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.EntityType == EntityType && a.At >= since && a.EntityId.StartsWith(prefix) && a.Action != AuditAction.Update)
            .OrderBy(a => a.At).Select(a => new { a.EntityId, a.Action }).ToListAsync(ct);
        var result = new List<InvolvementChange>();
        foreach (var row in rows)
        {
            var parts = row.EntityId.Split('|');
            if (parts.Length == 3 && Guid.TryParse(parts[1], out var org) && Enum.TryParse<IncidentInvolvement>(parts[2], out var role))
                result.Add(new InvolvementChange(org, role, row.Action));
        }
        return result;
    }

    /// <summary>
    /// How many times each organisation has been given the role on the incident: 1 for its first assignment, 2 after it was
    /// removed and assigned again. Stable however often it is read, so it can name one assignment in a dedup key.
    /// </summary>
    public async Task<Dictionary<Guid, int>> TimesGivenAsync(Guid incidentId, IReadOnlyCollection<Guid> organizationIds, IncidentInvolvement role,
        CancellationToken ct)
    {
        var keys = organizationIds.Select(o => KeyOf(incidentId, o, role)).ToList();
        var counts = await db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.EntityType == EntityType && keys.Contains(a.EntityId) && a.Action == AuditAction.Create)
            .GroupBy(a => a.EntityId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return organizationIds.ToDictionary(o => o, o => counts.FirstOrDefault(c => c.Key == KeyOf(incidentId, o, role))?.Count ?? 0);
    }
}
