using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThongSuot.Features.Notifications;

/// <summary>
/// A signed, single-use, expiring link (/a/{token}) that performs one action without signing in. Only the SHA-256 of
/// the random token is stored. <see cref="UsedAt"/> is a concurrency token: of two concurrent uses, one wins.
/// </summary>
public sealed class ActionLink
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string TokenHash { get; set; }
    /// <summary>e.g. "incident.acknowledge"; chooses the <see cref="IActionLinkHandler"/>.</summary>
    public required string Purpose { get; set; }
    public Guid TargetId { get; set; }
    /// <summary>The organisation the target belongs to, when known, so the audit trail files the use under it.</summary>
    public Guid? OrganizationId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
}

internal sealed class ActionLinkConfiguration : IEntityTypeConfiguration<ActionLink>
{
    public void Configure(EntityTypeBuilder<ActionLink> b)
    {
        b.ToTable("ActionLinks");
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.Property(x => x.Purpose).HasMaxLength(100);
        b.Property(x => x.UsedAt).IsConcurrencyToken();
        b.HasIndex(x => x.TokenHash).IsUnique();
    }
}
