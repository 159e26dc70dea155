using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThongSuot.Features.Directives;

internal sealed class DirectiveConfiguration : IEntityTypeConfiguration<Directive>
{
    public void Configure(EntityTypeBuilder<Directive> b)
    {
        b.ToTable("Directives");
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.SectionStyle).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Urgency).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.SignAuthority).HasConversion<string>().HasMaxLength(6);
        b.Property(x => x.Origin).HasMaxLength(80);
        b.Property(x => x.ParentAgency).HasMaxLength(200);
        b.Property(x => x.IssuingAgency).HasMaxLength(200);
        b.Property(x => x.Symbol).HasMaxLength(60);
        b.Property(x => x.Place).HasMaxLength(100);
        b.Property(x => x.Subject).HasMaxLength(500);
        b.Property(x => x.Introduction).HasMaxLength(8000);
        b.Property(x => x.Closing).HasMaxLength(4000);
        b.Property(x => x.Contacts).HasMaxLength(2000);
        b.Property(x => x.AuthorityTitle).HasMaxLength(100);
        b.Property(x => x.SignerTitle).HasMaxLength(100);
        b.Property(x => x.SignerName).HasMaxLength(100);
        b.Property(x => x.DraftingUnit).HasMaxLength(30);
        b.Property(x => x.DrafterCode).HasMaxLength(30);
        b.Property(x => x.Revision).IsConcurrencyToken();
        b.HasIndex(x => new { x.OrganizationId, x.Year, x.Number }).IsUnique();
        b.HasIndex(x => x.CampaignId);
        b.HasIndex(x => x.ParentDirectiveId);
        b.HasIndex(x => x.PreviousVersionId);
        b.HasOne(x => x.Campaign).WithMany().HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.ParentDirective).WithMany().HasForeignKey(x => x.ParentDirectiveId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Directive>().WithMany().HasForeignKey(x => x.PreviousVersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.LegalBases).WithOne().HasForeignKey(x => x.DirectiveId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Recipients).WithOne().HasForeignKey(x => x.DirectiveId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Sections).WithOne().HasForeignKey(x => x.DirectiveId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Distribution).WithOne().HasForeignKey(x => x.DirectiveId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DirectiveLegalBasisConfiguration : IEntityTypeConfiguration<DirectiveLegalBasis>
{
    public void Configure(EntityTypeBuilder<DirectiveLegalBasis> b)
    {
        b.ToTable("DirectiveLegalBases");
        b.Property(x => x.Text).HasMaxLength(1000);
    }
}

internal sealed class DirectiveRecipientConfiguration : IEntityTypeConfiguration<DirectiveRecipient>
{
    public void Configure(EntityTypeBuilder<DirectiveRecipient> b)
    {
        b.ToTable("DirectiveRecipients");
        b.Property(x => x.Label).HasMaxLength(300);
        b.HasMany(x => x.Organizations).WithOne().HasForeignKey(x => x.RecipientId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("FK_DirectiveRecipientOrganizations_RecipientId"); // PostgreSQL cuts names at 63 bytes
    }
}

internal sealed class DirectiveRecipientOrganizationConfiguration : IEntityTypeConfiguration<DirectiveRecipientOrganization>
{
    public void Configure(EntityTypeBuilder<DirectiveRecipientOrganization> b)
    {
        b.ToTable("DirectiveRecipientOrganizations");
        b.HasKey(x => new { x.RecipientId, x.OrganizationId });
        b.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DirectiveSectionConfiguration : IEntityTypeConfiguration<DirectiveSection>
{
    public void Configure(EntityTypeBuilder<DirectiveSection> b)
    {
        b.ToTable("DirectiveSections");
        b.Property(x => x.Heading).HasMaxLength(500);
        b.HasMany(x => x.Recipients).WithOne().HasForeignKey(x => x.SectionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Tasks).WithOne().HasForeignKey(x => x.SectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DirectiveSectionRecipientConfiguration : IEntityTypeConfiguration<DirectiveSectionRecipient>
{
    public void Configure(EntityTypeBuilder<DirectiveSectionRecipient> b)
    {
        b.ToTable("DirectiveSectionRecipients");
        b.HasKey(x => new { x.SectionId, x.RecipientId });
        // Not a database cascade: that would be a second path from the directive. EF removes tracked links with the recipient.
        b.HasOne<DirectiveRecipient>().WithMany().HasForeignKey(x => x.RecipientId).OnDelete(DeleteBehavior.ClientCascade);
    }
}

internal sealed class DirectiveTaskConfiguration : IEntityTypeConfiguration<DirectiveTask>
{
    public void Configure(EntityTypeBuilder<DirectiveTask> b)
    {
        b.ToTable("DirectiveTasks");
        b.Property(x => x.Text).HasMaxLength(4000);
    }
}

internal sealed class DirectiveDistributionConfiguration : IEntityTypeConfiguration<DirectiveDistribution>
{
    public void Configure(EntityTypeBuilder<DirectiveDistribution> b)
    {
        b.ToTable("DirectiveDistribution");
        b.Property(x => x.Text).HasMaxLength(300);
        b.Property(x => x.Purpose).HasMaxLength(100);
    }
}
