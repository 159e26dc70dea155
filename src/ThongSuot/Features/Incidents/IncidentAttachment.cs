using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThongSuot.Features.Files;

namespace ThongSuot.Features.Incidents;

/// <summary>
/// A file on an incident's timeline (a photo of a cut cable, an operator's PDF report). <see cref="EntryId"/> is the timeline
/// line written with the upload, so the files sit where they happened; who may read the file is who may see the incident.
/// </summary>
public sealed class IncidentAttachment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid IncidentId { get; set; }
    public Guid EntryId { get; set; }
    public Guid FileId { get; set; }
    /// <summary>The uploader's organisation, so the audit trail files the row there.</summary>
    public Guid? OrganizationId { get; set; }
    public StoredFile? File { get; set; }
}

internal sealed class IncidentAttachmentConfiguration : IEntityTypeConfiguration<IncidentAttachment>
{
    public void Configure(EntityTypeBuilder<IncidentAttachment> b)
    {
        b.ToTable("IncidentAttachments");
        b.HasIndex(x => x.IncidentId);
        b.HasIndex(x => x.EntryId);
        b.HasIndex(x => x.FileId).IsUnique();
        b.HasOne<Incident>().WithMany().HasForeignKey(x => x.IncidentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<IncidentEntry>().WithMany().HasForeignKey(x => x.EntryId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.File).WithMany().HasForeignKey(x => x.FileId).OnDelete(DeleteBehavior.Cascade);
    }
}
