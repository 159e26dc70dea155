using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThongSuot.Features.Accounts;

/// <summary>
/// A machine client's key. Either an organisation key acting with <see cref="Role"/>, or a personal key
/// acting with its user's rights. Only the SHA-256 of the key is stored: the key is random, so a slow hash buys nothing.
/// </summary>
public sealed class ApiKey
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    /// <summary>The first characters of the key, shown so people can tell keys apart.</summary>
    public required string Prefix { get; set; }
    public required string KeyHash { get; set; }
    public Guid OrganizationId { get; set; }
    public Guid? UserId { get; set; }
    /// <summary>Role of an organisation key; null for a personal key.</summary>
    public string? Role { get; set; }
    public Guid? CreatedByUserId { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime? LastUsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }

    public bool IsPersonal => UserId is not null;
    public bool IsActive => RevokedAt is null;
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> b)
    {
        b.ToTable("ApiKeys");
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Prefix).HasMaxLength(16);
        b.Property(x => x.KeyHash).HasMaxLength(64);
        b.Property(x => x.Role).HasMaxLength(20);
        b.HasIndex(x => x.KeyHash).IsUnique();
        b.HasIndex(x => x.OrganizationId);
        b.HasOne<Organizations.Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.IsPersonal);
        b.Ignore(x => x.IsActive);
    }
}
