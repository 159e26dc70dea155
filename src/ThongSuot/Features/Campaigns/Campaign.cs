using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThongSuot.Features.Organizations;

namespace ThongSuot.Features.Campaigns;

public enum CampaignStatus { Draft, Active, Closed }

/// <summary>
/// A holiday assurance campaign: one occasion in one year, three phases (before, during, after) as local Vietnamese
/// dates, peak windows as UTC instants, the key sites it covers. Directive letters (công văn) will point at a campaign
/// by its Id; the campaign itself knows nothing of them (see <see cref="CampaignLetters"/>).
/// </summary>
public sealed class Campaign
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public CampaignOccasion Occasion { get; set; }
    public int Year { get; set; }
    /// <summary>What the user typed for a Party congress, an election or a custom occasion; null for the fixed holidays.</summary>
    public string? Title { get; set; }
    public required string Name { get; set; }
    /// <summary>"Tet:2027" or "title:2027:dai hoi ..." — makes "one campaign per occasion and year" a unique index on both providers.</summary>
    public string UniqueKey { get; set; } = "";
    public CampaignStatus Status { get; set; } = CampaignStatus.Draft;
    /// <summary>The issuer: the department of the coordinator who created it. Named so the audit trail files it under that organisation.</summary>
    public Guid OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public DateOnly? BeforeStart { get; set; }
    public DateOnly? BeforeEnd { get; set; }
    public DateOnly? DuringStart { get; set; }
    public DateOnly? DuringEnd { get; set; }
    public DateOnly? AfterStart { get; set; }
    public DateOnly? AfterEnd { get; set; }
    public List<CampaignPeak> Peaks { get; set; } = [];
    public List<CampaignKeySite> KeySites { get; set; } = [];
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
}

/// <summary>A window of the highest load, e.g. the giao thừa night or the fireworks, in UTC.</summary>
public sealed class CampaignPeak
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CampaignId { get; set; }
    public required string Name { get; set; }
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
}

public sealed class CampaignKeySite
{
    public Guid CampaignId { get; set; }
    public Guid KeySiteId { get; set; }
    public KeySites.KeySite? KeySite { get; set; }
}

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> b)
    {
        b.ToTable("Campaigns");
        b.Property(x => x.Occasion).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Name).HasMaxLength(300);
        b.Property(x => x.UniqueKey).HasMaxLength(260);
        b.HasIndex(x => x.UniqueKey).IsUnique();
        b.HasIndex(x => x.Year);
        b.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Peaks).WithOne().HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.KeySites).WithOne().HasForeignKey(x => x.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CampaignPeakConfiguration : IEntityTypeConfiguration<CampaignPeak>
{
    public void Configure(EntityTypeBuilder<CampaignPeak> b)
    {
        b.ToTable("CampaignPeaks");
        b.Property(x => x.Name).HasMaxLength(200);
    }
}

internal sealed class CampaignKeySiteConfiguration : IEntityTypeConfiguration<CampaignKeySite>
{
    public void Configure(EntityTypeBuilder<CampaignKeySite> b)
    {
        b.ToTable("CampaignKeySites");
        b.HasKey(x => new { x.CampaignId, x.KeySiteId });
        // Deleting a key site takes it out of the campaigns' scope rather than blocking the delete.
        b.HasOne(x => x.KeySite).WithMany().HasForeignKey(x => x.KeySiteId).OnDelete(DeleteBehavior.Cascade);
    }
}
