using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;

namespace ThongSuot.Features.Incidents;

public sealed record EscalationStepDto(EscalationKind Kind, int Step, DateTime At, string Targets);

public sealed record SlaView(SlaClock Acknowledge, SlaClock Restore, DateTime Now, IReadOnlyList<EscalationStepDto> Steps);

/// <summary>What the incident page shows about SLA and escalation; the caller has already been allowed to see the incident.</summary>
public sealed class EscalationView(AppDbContext db, TimeProvider clock)
{
    public async Task<SlaView?> ForAsync(IncidentDto incident, CancellationToken ct = default)
    {
        var severity = await db.Set<IncidentSeverity>().AsNoTracking().FirstOrDefaultAsync(s => s.Level == incident.Severity, ct);
        if (severity is null) return null;
        var steps = await db.Set<IncidentEscalation>().AsNoTracking().Where(e => e.IncidentId == incident.Id)
            .OrderBy(e => e.At).ThenBy(e => e.Step).Select(e => new EscalationStepDto(e.Kind, e.Step, e.At, e.Targets)).ToListAsync(ct);
        return new SlaView(
            EscalationSla.Acknowledge(incident.CreatedAt, incident.AcknowledgedAt, incident.Status, severity.AcknowledgeMinutes),
            EscalationSla.Restore(incident.CreatedAt, incident.RestoredAt, incident.Status, severity.RestoreMinutes),
            clock.GetUtcNow().UtcDateTime, steps);
    }
}
