using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Organizations;

namespace ThongSuot.Features.Duty;

/// <summary>
/// What a campaign requires to be covered: one organisation, or every organisation of a kind (e.g. all telecom
/// operators), in one phase, continuously (24/24) or daily; optionally only shifts of one duty role count.
/// </summary>
public sealed class CoverageRequirement
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CampaignId { get; set; }
    public Guid? OrganizationId { get; set; }
    public OrganizationKind? OrganizationKind { get; set; }
    public DutyRole? Role { get; set; }
    public DutyPhase Phase { get; set; } = DutyPhase.During;
    public CoverageMode Mode { get; set; } = CoverageMode.Continuous;
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public bool AppliesTo(Guid organizationId, OrganizationKind kind) =>
        OrganizationId == organizationId || (OrganizationId is null && OrganizationKind == kind);
}

internal sealed class CoverageRequirementConfiguration : IEntityTypeConfiguration<CoverageRequirement>
{
    public void Configure(EntityTypeBuilder<CoverageRequirement> b)
    {
        b.ToTable("DutyCoverageRequirements");
        b.Property(x => x.OrganizationKind).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Phase).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Mode).HasConversion<string>().HasMaxLength(12);
        b.HasIndex(x => x.CampaignId);
        b.HasIndex(x => x.OrganizationId);
        b.HasOne<Campaign>().WithMany().HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
