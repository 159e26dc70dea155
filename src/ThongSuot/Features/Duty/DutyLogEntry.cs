using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThongSuot.Features.Organizations;

namespace ThongSuot.Features.Duty;

/// <summary>
/// A line of the duty log (sổ nhật ký trực ca): a call received, a check done, an incident (reference as text until
/// incidents can be linked), a note, or the handover at the end of a shift, which the next person acknowledges.
/// </summary>
public sealed class DutyLogEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid? ShiftId { get; set; }
    public DateTime At { get; set; }
    public DutyLogKind Kind { get; set; }
    public required string Text { get; set; }
    public string? Reference { get; set; }
    /// <summary>Handover only: the matters still open, one per line.</summary>
    public string? OpenMatters { get; set; }
    public Guid? AuthorUserId { get; set; }
    public required string AuthorName { get; set; }
    public DateTime? AcknowledgedAt { get; set; }
    public string? AcknowledgedBy { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}

internal sealed class DutyLogEntryConfiguration : IEntityTypeConfiguration<DutyLogEntry>
{
    public void Configure(EntityTypeBuilder<DutyLogEntry> b)
    {
        b.ToTable("DutyLogEntries");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Text).HasMaxLength(2000);
        b.Property(x => x.Reference).HasMaxLength(200);
        b.Property(x => x.OpenMatters).HasMaxLength(2000);
        b.Property(x => x.AuthorName).HasMaxLength(200);
        b.Property(x => x.AcknowledgedBy).HasMaxLength(200);
        b.HasIndex(x => new { x.OrganizationId, x.At });
        b.HasIndex(x => x.ShiftId);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<DutyShift>().WithMany().HasForeignKey(x => x.ShiftId).OnDelete(DeleteBehavior.SetNull);
    }
}
