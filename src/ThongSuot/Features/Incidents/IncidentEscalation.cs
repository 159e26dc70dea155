using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThongSuot.Features.Incidents;

/// <summary>Which SLA clock was breached: time to acknowledge or time to restore.</summary>
public enum EscalationKind { Acknowledge, Restore }

/// <summary>
/// One escalation step taken for an incident. The unique index (IncidentId, Kind, Step) is what makes each step
/// happen once: of two app instances scanning at the same moment, the second insert fails and that instance
/// notifies nobody.
/// </summary>
public sealed class IncidentEscalation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid IncidentId { get; set; }
    public EscalationKind Kind { get; set; }
    /// <summary>1 = responsible organisation's duty person, 2 = the department's duty officer, 3 = leaders.</summary>
    public int Step { get; set; }
    public DateTime At { get; set; }
    /// <summary>Who was told, as people read it ("VIETTEL – Trực ca: Nguyễn Văn A, 0900 000 111").</summary>
    public string Targets { get; set; } = "";
    /// <summary>The reporting organisation, so the audit trail files the row with the incident.</summary>
    public Guid OrganizationId { get; set; }
}

internal sealed class IncidentEscalationConfiguration : IEntityTypeConfiguration<IncidentEscalation>
{
    public void Configure(EntityTypeBuilder<IncidentEscalation> b)
    {
        b.ToTable("IncidentEscalations");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.Targets).HasMaxLength(2000);
        b.HasIndex(x => new { x.IncidentId, x.Kind, x.Step }).IsUnique();
        b.HasOne<Incident>().WithMany().HasForeignKey(x => x.IncidentId).OnDelete(DeleteBehavior.Cascade);
    }
}
