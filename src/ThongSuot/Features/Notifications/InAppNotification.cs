using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Audit;

namespace ThongSuot.Features.Notifications;

/// <summary>
/// A notification in a user's in-app inbox (the bell). Written by the dispatcher from an InApp outbox message, in
/// the same SaveChanges that marks the message sent, so it appears exactly once. Personal inbox state, not audited.
/// </summary>
public sealed class InAppNotification : INotAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public Guid OutboxMessageId { get; set; }
    public required string EventType { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public string? Link { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
}

internal sealed class InAppNotificationConfiguration : IEntityTypeConfiguration<InAppNotification>
{
    public void Configure(EntityTypeBuilder<InAppNotification> b)
    {
        b.ToTable("Notifications");
        b.Property(x => x.EventType).HasMaxLength(100);
        b.Property(x => x.Subject).HasMaxLength(300);
        b.Property(x => x.Body).HasMaxLength(20000);
        b.Property(x => x.Link).HasMaxLength(500);
        b.HasIndex(x => x.OutboxMessageId).IsUnique();
        b.HasIndex(x => new { x.UserId, x.ReadAt });
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
