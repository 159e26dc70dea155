using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThongSuot.Features.Audit;
using ThongSuot.Shared.Background;

namespace ThongSuot.Features.Notifications;

public enum OutboxChannel { InApp, Email, Webhook }

/// <summary>Pending: not yet tried; Failed: tried, a retry is scheduled; Sent: delivered; Dead: given up after the last attempt.</summary>
public enum OutboxStatus { Pending, Sent, Failed, Dead }

/// <summary>
/// One notification to one recipient on one channel, written in the same transaction as the business change that
/// caused it and delivered later by <see cref="OutboxDispatcher"/>. Not audited: bodies may carry single-use action
/// links that must not be copied into the audit trail, and delivery attempts are recorded on the row itself.
/// </summary>
public sealed class OutboxMessage : INotAudited, ILeased
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public OutboxChannel Channel { get; set; }
    /// <summary>e.g. "incident.reported", "compliance.reminder"; sent to webhooks as X-ThongSuot-Event.</summary>
    public required string EventType { get; set; }
    /// <summary>A key that is the same for the same notification however often it is produced; unique.</summary>
    public required string DedupKey { get; set; }
    public Guid? UserId { get; set; }
    public Guid? OrganizationId { get; set; }
    /// <summary>E-mail address for the Email channel.</summary>
    public string? Address { get; set; }
    public Guid? WebhookEndpointId { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public string? BodyHtml { get; set; }
    /// <summary>JSON object with the event's data; the "data" of a webhook delivery.</summary>
    public string? Payload { get; set; }
    /// <summary>Where the in-app notification leads, e.g. "/Incidents/Details/…".</summary>
    public string? Link { get; set; }
    /// <summary>A file the e-mail carries, as a reference "{kind}:{key}" rendered at delivery (<see cref="IOutboxAttachmentSource"/>).</summary>
    public string? Attachment { get; set; }
    public OutboxStatus Status { get; set; } = OutboxStatus.Pending;
    public int Attempts { get; set; }
    /// <summary>When the message is next due; while a dispatcher works on it, the end of its lease.</summary>
    public DateTime NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("OutboxMessages");
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.EventType).HasMaxLength(100);
        b.Property(x => x.DedupKey).HasMaxLength(300);
        b.Property(x => x.Address).HasMaxLength(200);
        b.Property(x => x.Subject).HasMaxLength(300);
        b.Property(x => x.Body).HasMaxLength(20000);
        b.Property(x => x.BodyHtml).HasMaxLength(40000);
        b.Property(x => x.Payload).HasMaxLength(20000);
        b.Property(x => x.Link).HasMaxLength(500);
        b.Property(x => x.Attachment).HasMaxLength(200);
        b.Property(x => x.LastError).HasMaxLength(1000);
        b.HasIndex(x => x.DedupKey).IsUnique();
        b.HasIndex(x => new { x.Status, x.NextAttemptAt });
    }
}
