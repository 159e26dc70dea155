using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThongSuot.Features.Incidents;

/// <summary>
/// Who an "incident.acknowledge" action link was sent to. The action link's TargetId points here (not at the incident),
/// so the acknowledgement is recorded as that person, or as that organisation's mailbox when the e-mail went to an
/// organisation.
/// </summary>
public sealed class IncidentAcknowledgeLink
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid IncidentId { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid? UserId { get; set; }
    public string RecipientName { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}

internal sealed class IncidentAcknowledgeLinkConfiguration : IEntityTypeConfiguration<IncidentAcknowledgeLink>
{
    public void Configure(EntityTypeBuilder<IncidentAcknowledgeLink> b)
    {
        b.ToTable("IncidentAcknowledgeLinks");
        b.Property(x => x.RecipientName).HasMaxLength(256);
        b.HasIndex(x => x.IncidentId);
        b.HasOne<Incident>().WithMany().HasForeignKey(x => x.IncidentId).OnDelete(DeleteBehavior.Cascade);
    }
}
