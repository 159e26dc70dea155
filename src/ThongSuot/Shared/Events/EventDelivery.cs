using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThongSuot.Features.Audit;
using ThongSuot.Shared.Background;

namespace ThongSuot.Shared.Events;

/// <summary>
/// One domain event for one of its handlers, written in the same transaction as the change, so a crash after the commit
/// delays the handler instead of losing it. One row per handler: a failing handler is tried again alone, the others are
/// not run again. Deleted once its handler ran; after MaxAttempts failures it stays, <see cref="Dead"/>, with its
/// <see cref="LastError"/>, for someone to look at. Not audited: bookkeeping; the change itself is.
/// </summary>
public sealed class EventDelivery : ILeased, INotAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>The same for every handler's delivery of one event.</summary>
    public Guid EventId { get; set; }
    /// <summary>The event record's type name, e.g. "IncidentChanged".</summary>
    public required string EventType { get; set; }
    /// <summary>The event record as JSON.</summary>
    public required string Payload { get; set; }
    /// <summary>The handler's type name, e.g. "IncidentNotifications".</summary>
    public required string Handler { get; set; }
    public DateTime CreatedAt { get; set; }
    public int Attempts { get; set; }
    /// <summary>When the delivery is next due; while a processor works on it, the end of its lease.</summary>
    public DateTime NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    public bool Dead { get; set; }
}

internal sealed class EventDeliveryConfiguration : IEntityTypeConfiguration<EventDelivery>
{
    public void Configure(EntityTypeBuilder<EventDelivery> b)
    {
        b.ToTable("EventDeliveries");
        b.Property(x => x.EventType).HasMaxLength(100);
        b.Property(x => x.Payload).HasMaxLength(20000);
        b.Property(x => x.Handler).HasMaxLength(100);
        b.Property(x => x.LastError).HasMaxLength(1000);
        b.HasIndex(x => new { x.Handler, x.Dead, x.NextAttemptAt });
        b.HasIndex(x => x.EventId);
    }
}
