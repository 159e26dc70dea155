using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThongSuot.Features.Audit;

namespace ThongSuot.Features.Incidents;

/// <summary>
/// A committed incident change waiting for its listeners (notifications). Written in the same transaction as
/// the change, so a crash after the commit delays the listeners instead of losing them; deleted once they have all run.
/// Not audited: the change itself is.
/// </summary>
public sealed class IncidentEvent : INotAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid IncidentId { get; set; }
    public required string Number { get; set; }
    /// <summary>"reported", "status", "note", "assigned", "merged", "aid-requested", "attachment"…</summary>
    public required string What { get; set; }
    public IncidentStatus Status { get; set; }
    public int Severity { get; set; }
    public DateTime At { get; set; }
    /// <summary>Organisations an assignment added and took off, ids separated by commas.</summary>
    public string? Added { get; set; }
    public string? Removed { get; set; }
    public int Attempts { get; set; }
    /// <summary>When the event is next due; while a processor works on it, the end of its lease.</summary>
    public DateTime NextAttemptAt { get; set; }
    public string? LastError { get; set; }

    public static IncidentEvent From(IncidentChange c) => new()
    {
        IncidentId = c.IncidentId, Number = c.Number, What = c.What, Status = c.Status, Severity = c.Severity, At = c.At, NextAttemptAt = c.At,
        Added = Join(c.Added), Removed = Join(c.Removed),
    };

    public IncidentChange ToChange() => new(IncidentId, Number, What, Status, Severity, At, Split(Added), Split(Removed));

    private static string? Join(IReadOnlyList<Guid>? ids) => ids is { Count: > 0 } ? string.Join(',', ids) : null;

    private static IReadOnlyList<Guid> Split(string? text) => string.IsNullOrEmpty(text) ? [] : text.Split(',').Select(Guid.Parse).ToList();
}

internal sealed class IncidentEventConfiguration : IEntityTypeConfiguration<IncidentEvent>
{
    public void Configure(EntityTypeBuilder<IncidentEvent> b)
    {
        b.ToTable("IncidentEvents");
        b.Property(x => x.Number).HasMaxLength(20);
        b.Property(x => x.What).HasMaxLength(40);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.LastError).HasMaxLength(1000);
        b.Property(x => x.Added).HasMaxLength(2000);
        b.Property(x => x.Removed).HasMaxLength(2000);
        b.HasIndex(x => x.NextAttemptAt);
    }
}
