using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThongSuot.Features.Incidents;

public enum IncidentEntryKind { Reported, Note, Status, Assignment, AidRequest, AidResponse, Merge, Escalation, Times }

/// <summary>One line of an incident's timeline: who did what, when. Append-only.</summary>
public sealed class IncidentEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid IncidentId { get; set; }
    public DateTime At { get; set; }
    public IncidentEntryKind Kind { get; set; }
    public IncidentStatus? FromStatus { get; set; }
    public IncidentStatus? ToStatus { get; set; }
    public string? Text { get; set; }
    public Guid? ByUserId { get; set; }
    public string? ByName { get; set; }
    /// <summary>The author's organisation.</summary>
    public Guid? OrganizationId { get; set; }
}

internal sealed class IncidentEntryConfiguration : IEntityTypeConfiguration<IncidentEntry>
{
    public void Configure(EntityTypeBuilder<IncidentEntry> b)
    {
        b.ToTable("IncidentEntries");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.FromStatus).HasConversion<string>().HasMaxLength(14);
        b.Property(x => x.ToStatus).HasConversion<string>().HasMaxLength(14);
        b.Property(x => x.Text).HasMaxLength(4000);
        b.Property(x => x.ByName).HasMaxLength(256);
        b.HasIndex(x => new { x.IncidentId, x.At });
        b.HasOne<Incident>().WithMany().HasForeignKey(x => x.IncidentId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>
/// An Idempotency-Key a client used: per client (API key, or user), the body's SHA-256 and the incident it created.
/// The unique index decides between concurrent retries.
/// </summary>
public sealed class IncidentIdempotencyKey
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Client { get; set; }
    public required string Key { get; set; }
    public required string BodyHash { get; set; }
    public Guid IncidentId { get; set; }
    public Guid OrganizationId { get; set; }
    public DateTime CreatedAt { get; set; }
}

internal sealed class IncidentIdempotencyKeyConfiguration : IEntityTypeConfiguration<IncidentIdempotencyKey>
{
    public void Configure(EntityTypeBuilder<IncidentIdempotencyKey> b)
    {
        b.ToTable("IncidentIdempotencyKeys");
        b.Property(x => x.Client).HasMaxLength(60);
        b.Property(x => x.Key).HasMaxLength(200);
        b.Property(x => x.BodyHash).HasMaxLength(64);
        b.HasIndex(x => new { x.Client, x.Key }).IsUnique();
        b.HasOne<Incident>().WithMany().HasForeignKey(x => x.IncidentId).OnDelete(DeleteBehavior.Cascade);
    }
}
