using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Organizations;

namespace ThongSuot.Features.Duty;

/// <summary>
/// One person on duty for an organisation during a campaign, from StartsAt to EndsAt (UTC, end exclusive).
/// The person is one of the organisation's People or a typed name; the name and phone are copied so the roster
/// stays readable province-wide without opening the organisation's private contact list.
/// </summary>
public sealed class DutyShift
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public Guid CampaignId { get; set; }
    public Campaign? Campaign { get; set; }
    public Guid? PersonId { get; set; }
    public required string PersonName { get; set; }
    public string? Phone { get; set; }
    public DutyRole Role { get; set; }
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
    public string? Place { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
}

internal sealed class DutyShiftConfiguration : IEntityTypeConfiguration<DutyShift>
{
    public void Configure(EntityTypeBuilder<DutyShift> b)
    {
        b.ToTable("DutyShifts");
        b.Property(x => x.PersonName).HasMaxLength(200);
        b.Property(x => x.Phone).HasMaxLength(30);
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Place).HasMaxLength(200);
        b.HasIndex(x => new { x.OrganizationId, x.StartsAt });
        b.HasIndex(x => new { x.CampaignId, x.StartsAt });
        b.HasIndex(x => x.PersonId);
        b.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Campaign).WithMany().HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Cascade);
        // Removing a person from the contact list keeps the past roster (the copied name stays).
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.SetNull);
    }
}
