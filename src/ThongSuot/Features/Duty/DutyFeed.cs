using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThongSuot.Features.Organizations;

namespace ThongSuot.Features.Duty;

/// <summary>
/// A calendar subscription: a calendar app cannot sign in, so it fetches a secret URL. Only the SHA-256 of the random
/// token is stored (as for API keys); the URL is shown once. Person null = the organisation's whole roster.
/// A revoked feed is kept (who handed out what, and who withdrew it) but its token answers 404 like an unknown one.
/// </summary>
public sealed class DutyFeed
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Guid? PersonId { get; set; }
    public required string TokenHash { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime? RevokedAt { get; set; }
    public Guid? RevokedBy { get; set; }
}

internal sealed class DutyFeedConfiguration : IEntityTypeConfiguration<DutyFeed>
{
    public void Configure(EntityTypeBuilder<DutyFeed> b)
    {
        b.ToTable("DutyFeeds");
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.HasIndex(x => x.TokenHash).IsUnique();
        b.HasIndex(x => x.OrganizationId);
        b.HasIndex(x => x.PersonId);
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
