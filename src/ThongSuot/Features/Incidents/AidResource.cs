using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ThongSuot.Features.Incidents;

public enum AidResourceKind { MobileBts, BroadcastVehicle, Generator, RepairCrew, FibreSplicingTeam, TransmissionCapacity }

public enum AidResourceStatus { Available, Deployed, Maintenance }

/// <summary>What an organisation can lend in an emergency (xe phát sóng lưu động, máy phát điện…), kept by its own members.</summary>
public sealed class AidResource
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public AidResourceKind Kind { get; set; }
    public required string Name { get; set; }
    public int Count { get; set; } = 1;
    public string? Location { get; set; }
    public AidResourceStatus Status { get; set; } = AidResourceStatus.Available;
    public string? Notes { get; set; }
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
}

public enum AidRequestStatus { Pending, Accepted, Declined }

/// <summary>A request, on an incident, for a kind of resource from another organisation, which accepts or declines.</summary>
public sealed class AidRequest
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid IncidentId { get; set; }
    /// <summary>The organisation asked to help (so the audit trail files the request with it).</summary>
    public Guid OrganizationId { get; set; }
    public Guid RequestedByOrganizationId { get; set; }
    public AidResourceKind Kind { get; set; }
    public int Count { get; set; } = 1;
    public string? Note { get; set; }
    public AidRequestStatus Status { get; set; } = AidRequestStatus.Pending;
    public Guid? ResourceId { get; set; }
    public string? ResponseNote { get; set; }
    public string? RequestedBy { get; set; }
    public string? RespondedBy { get; set; }
    public DateTime RequestedAt { get; set; }
    public DateTime? RespondedAt { get; set; }
}

internal sealed class AidResourceConfiguration : IEntityTypeConfiguration<AidResource>
{
    public void Configure(EntityTypeBuilder<AidResource> b)
    {
        b.ToTable("AidResources");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Location).HasMaxLength(300);
        b.Property(x => x.Notes).HasMaxLength(2000);
        b.HasIndex(x => x.OrganizationId);
        b.HasOne<Organizations.Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AidRequestConfiguration : IEntityTypeConfiguration<AidRequest>
{
    public void Configure(EntityTypeBuilder<AidRequest> b)
    {
        b.ToTable("AidRequests");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.Note).HasMaxLength(2000);
        b.Property(x => x.ResponseNote).HasMaxLength(2000);
        b.Property(x => x.RequestedBy).HasMaxLength(256);
        b.Property(x => x.RespondedBy).HasMaxLength(256);
        b.HasIndex(x => x.IncidentId);
        b.HasOne<Incident>().WithMany().HasForeignKey(x => x.IncidentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organizations.Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organizations.Organization>().WithMany().HasForeignKey(x => x.RequestedByOrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AidResource>().WithMany().HasForeignKey(x => x.ResourceId).OnDelete(DeleteBehavior.SetNull);
    }
}
