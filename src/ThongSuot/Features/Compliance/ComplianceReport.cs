using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThongSuot.Features.Files;

namespace ThongSuot.Features.Compliance;

public enum ReportReview { Pending, Returned, Accepted }

/// <summary>
/// One submitted version of a recipient's report. A resubmission after a return is a new version; earlier versions
/// stay as they were, with the coordinator's comment on each.
/// </summary>
public sealed class ComplianceReport
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AssignmentId { get; set; }
    /// <summary>The recipient organisation (copied from the assignment for scoping and the audit trail).</summary>
    public Guid OrganizationId { get; set; }
    public int Version { get; set; }
    public string Text { get; set; } = "";
    /// <summary>The readiness form's values as JSON, keyed by field key (null when the assignment has no form).</summary>
    public string? Values { get; set; }
    /// <summary>The form's revision these values were checked against.</summary>
    public Guid? FormRevision { get; set; }
    public DateTime SubmittedAt { get; set; }
    public Guid? SubmittedById { get; set; }
    public string? SubmittedByName { get; set; }
    public ReportReview Review { get; set; }
    public string? ReviewComment { get; set; }
    public DateTime? ReviewedAt { get; set; }
    public Guid? ReviewedById { get; set; }
    public List<ComplianceReportAttachment> Attachments { get; set; } = [];
}

public sealed class ComplianceReportAttachment
{
    public Guid ReportId { get; set; }
    public Guid FileId { get; set; }
    public StoredFile? File { get; set; }
}

internal sealed class ComplianceReportConfiguration : IEntityTypeConfiguration<ComplianceReport>, IEntityTypeConfiguration<ComplianceReportAttachment>
{
    public const int MaxText = 20000;
    public const int MaxValues = 100000;

    public void Configure(EntityTypeBuilder<ComplianceReport> b)
    {
        b.ToTable("ComplianceReports");
        b.Property(x => x.Text).HasMaxLength(MaxText);
        b.Property(x => x.Values).HasMaxLength(MaxValues);
        b.Property(x => x.SubmittedByName).HasMaxLength(256);
        b.Property(x => x.Review).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.ReviewComment).HasMaxLength(4000);
        b.HasIndex(x => new { x.AssignmentId, x.Version }).IsUnique();
        b.HasMany(x => x.Attachments).WithOne().HasForeignKey(a => a.ReportId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ComplianceReportAttachment> b)
    {
        b.ToTable("ComplianceReportAttachments");
        b.HasKey(x => new { x.ReportId, x.FileId });
        b.HasOne(x => x.File).WithMany().HasForeignKey(x => x.FileId).OnDelete(DeleteBehavior.Cascade);
    }
}
