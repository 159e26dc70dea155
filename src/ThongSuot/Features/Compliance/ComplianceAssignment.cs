using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThongSuot.Features.Directives;

namespace ThongSuot.Features.Compliance;

/// <summary>
/// Where one recipient stands on one report-required task. "Overdue" is not stored: it is a pending, acknowledged or
/// returned assignment whose due date has passed (in Vietnam's calendar), so the clock alone changes it.
/// </summary>
public enum AssignmentStatus { Pending, Acknowledged, Submitted, Returned, Accepted }

/// <summary>
/// Created when a directive is issued: one per task that asks for a report and per organisation that task is
/// addressed to. <see cref="OrganizationId"/> is the recipient (so scoping and the audit trail file it there).
/// </summary>
public sealed class ComplianceAssignment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DirectiveId { get; set; }
    public Guid TaskId { get; set; }
    public Guid CampaignId { get; set; }
    public Guid OrganizationId { get; set; }
    /// <summary>The task's due date when the letter was issued (a day in Vietnam: the report is due by its end, UTC+7).</summary>
    public DateOnly DueDate { get; set; }
    /// <summary>The readiness form the recipient fills in with the report, chosen by its kind when the letter was issued.</summary>
    public Guid? FormId { get; set; }
    public AssignmentStatus Status { get; set; }
    public DateTime? AcknowledgedAt { get; set; }
    public Guid? AcknowledgedById { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public DateTime? DecidedAt { get; set; }
    public Guid? DecidedById { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
    /// <summary>Optimistic concurrency: a member resubmitting while the coordinator decides; the second gets 409.</summary>
    public Guid Revision { get; set; } = Guid.NewGuid();
    public List<ComplianceReport> Reports { get; set; } = [];
}

internal sealed class ComplianceAssignmentConfiguration : IEntityTypeConfiguration<ComplianceAssignment>
{
    public void Configure(EntityTypeBuilder<ComplianceAssignment> b)
    {
        b.ToTable("ComplianceAssignments");
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.Revision).IsConcurrencyToken();
        b.HasIndex(x => new { x.TaskId, x.OrganizationId }).IsUnique();
        b.HasIndex(x => new { x.OrganizationId, x.Status });
        b.HasIndex(x => x.DirectiveId);
        b.HasIndex(x => x.CampaignId);
        b.HasOne<Directive>().WithMany().HasForeignKey(x => x.DirectiveId).OnDelete(DeleteBehavior.Cascade);
        // Issued letters are immutable, so their tasks never go while assignments point at them; NO ACTION lets a
        // campaign's deletion cascade through both paths in one statement.
        b.HasOne<DirectiveTask>().WithMany().HasForeignKey(x => x.TaskId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<Organizations.Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ReadinessForm>().WithMany().HasForeignKey(x => x.FormId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(x => x.Reports).WithOne().HasForeignKey(r => r.AssignmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
