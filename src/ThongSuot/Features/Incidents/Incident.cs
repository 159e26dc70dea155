using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThongSuot.Shared;

namespace ThongSuot.Features.Incidents;

public enum IncidentStatus { Reported, Acknowledged, Responding, Restored, Closed, Cancelled, Merged }

public enum IncidentChannel { Web, Phone, Api, Automatic }

/// <summary>
/// An incident (sự cố) numbered SC-YYYY-NNNN per Vietnamese year. <see cref="OrganizationId"/> is the reporting
/// organisation (so the audit trail files it there); involved organisations are in <see cref="Organizations"/>.
/// <see cref="Revision"/> is the optimistic-concurrency token: every change bumps it.
/// </summary>
public sealed class Incident : IHasSearchText
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Number { get; set; } = "";
    public int Year { get; set; }
    public int Sequence { get; set; }
    public Guid OrganizationId { get; set; }
    public IncidentChannel Channel { get; set; }
    public required string TypeCode { get; set; }
    public IncidentType? Type { get; set; }
    public int Severity { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public string? ReporterName { get; set; }
    public string? ReporterPhone { get; set; }
    public Guid? ReportedByUserId { get; set; }
    public Guid? ReportedByApiKeyId { get; set; }
    /// <summary>Affected services as comma-separated <see cref="IncidentService"/> names.</summary>
    public string Services { get; set; } = "";
    public Guid? AreaId { get; set; }
    public Guid? KeySiteId { get; set; }
    public Guid? CampaignId { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public DateTime StartedAt { get; set; }
    public int? SubscribersAffected { get; set; }
    public IncidentStatus Status { get; set; } = IncidentStatus.Reported;
    public DateTime? AcknowledgedAt { get; set; }
    public DateTime? RespondingAt { get; set; }
    /// <summary>When the status moved to restored; <see cref="ServiceRestoredAt"/> is when subscribers got service back.</summary>
    public DateTime? RestoredAt { get; set; }
    /// <summary>When the service actually came back, as the responders say; the restore moment unless they correct it.</summary>
    public DateTime? ServiceRestoredAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public DateTime? CancelledAt { get; set; }
    public Guid? MergedIntoId { get; set; }
    public int Revision { get; set; } = 1;
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
    public string SearchText { get; private set; } = "";
    public List<IncidentOrganization> Organizations { get; set; } = [];

    /// <summary>The end of the outage: the service time, else the status times.</summary>
    public DateTime? OutageEnd => OutageEndOf(Status, ServiceRestoredAt, RestoredAt, ClosedAt);

    /// <summary>
    /// None while the incident is open: one restored and then taken back to responding (the service dropped again) keeps its
    /// earlier restore time, which no longer ends the outage.
    /// </summary>
    public static DateTime? OutageEndOf(IncidentStatus status, DateTime? serviceRestoredAt, DateTime? restoredAt, DateTime? closedAt) =>
        IncidentWorkflow.IsOpen(status) ? null : serviceRestoredAt ?? restoredAt ?? closedAt;

    public static double? OutageMinutesOf(DateTime startedAt, DateTime? end) => end is { } e ? Math.Max(0, (e - startedAt).TotalMinutes) : null;

    /// <summary>Subscribers affected × outage minutes (whole minutes), once both are known.</summary>
    public static long? OutageSizeOf(int? subscribers, double? minutes) =>
        subscribers is { } s && minutes is { } m ? s * (long)Math.Round(m) : null;

    public void RefreshSearchText() => SearchText = TextSearch.Normalize(Number, Title, Description);

    public static string NumberOf(int year, int sequence) => $"SC-{year}-{sequence:0000}";
}

public enum IncidentInvolvement { Affected, Assigned, AidProvider }

/// <summary>An organisation involved in an incident: affected by it, assigned to respond, or asked for aid.</summary>
public sealed class IncidentOrganization
{
    public Guid IncidentId { get; set; }
    public Guid OrganizationId { get; set; }
    public IncidentInvolvement Role { get; set; }
    public Organizations.Organization? Organization { get; set; }
}

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> b)
    {
        b.ToTable("Incidents");
        b.Property(x => x.Number).HasMaxLength(20);
        b.HasIndex(x => x.Number).IsUnique();
        b.HasIndex(x => new { x.Year, x.Sequence }).IsUnique();
        b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(14);
        b.HasIndex(x => x.Status);
        b.Property(x => x.TypeCode).HasMaxLength(40);
        b.HasOne(x => x.Type).WithMany().HasForeignKey(x => x.TypeCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<IncidentSeverity>().WithMany().HasForeignKey(x => x.Severity).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Title).HasMaxLength(300);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.ReporterName).HasMaxLength(200);
        b.Property(x => x.ReporterPhone).HasMaxLength(30);
        b.Property(x => x.Services).HasMaxLength(200);
        b.Property(x => x.SearchText).HasMaxLength(4400);
        b.Property(x => x.Revision).IsConcurrencyToken();
        b.HasOne<Organizations.Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Areas.Area>().WithMany().HasForeignKey(x => x.AreaId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<KeySites.KeySite>().WithMany().HasForeignKey(x => x.KeySiteId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Campaigns.Campaign>().WithMany().HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Incident>().WithMany().HasForeignKey(x => x.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Organizations).WithOne().HasForeignKey(x => x.IncidentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IncidentOrganizationConfiguration : IEntityTypeConfiguration<IncidentOrganization>
{
    public void Configure(EntityTypeBuilder<IncidentOrganization> b)
    {
        b.ToTable("IncidentOrganizations");
        b.HasKey(x => new { x.IncidentId, x.OrganizationId, x.Role });
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(12);
        b.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
