using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThongSuot.Features.Audit;

public enum AuditAction { Create, Update, Delete }

/// <summary>One change to one entity. Insert-only: the interceptor refuses updates and deletes, and so do database triggers.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateTime At { get; set; }
    public Guid? UserId { get; set; }
    public string? UserName { get; set; }
    public Guid? ApiKeyId { get; set; }
    public string? IpAddress { get; set; }
    public AuditAction Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    /// <summary>The organisation the changed record belongs to, when it has one, so members can be scoped.</summary>
    public Guid? OrganizationId { get; set; }
    /// <summary>JSON object of the changed properties' old values (null on create).</summary>
    public string? Before { get; set; }
    /// <summary>JSON object of the changed properties' new values (null on delete).</summary>
    public string? After { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.Property(x => x.UserName).HasMaxLength(256);
        b.Property(x => x.IpAddress).HasMaxLength(64);
        b.Property(x => x.Action).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.EntityType).HasMaxLength(100);
        b.Property(x => x.EntityId).HasMaxLength(100);
        b.HasIndex(x => x.At);
        b.HasIndex(x => new { x.EntityType, x.EntityId });
        b.HasIndex(x => x.OrganizationId);
    }
}
