using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThongSuot.Features.Areas;
using ThongSuot.Shared;

namespace ThongSuot.Features.KeySites;

public enum KeySiteKind
{
    FestivalSite,      // điểm tổ chức lễ hội
    RelicScenicSite,   // di tích, danh lam thắng cảnh
    FireworksSite,     // điểm bắn pháo hoa
    BorderArea,        // khu vực biên giới
    BorderGate,        // cửa khẩu
    PartyStateHq,      // trụ sở cơ quan Đảng, Nhà nước
    CrowdedPlace,      // nơi tập trung đông người
    Other,
}

/// <summary>A place a campaign must keep connected (điểm trọng yếu).</summary>
public sealed class KeySite : IHasSearchText
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public KeySiteKind Kind { get; set; }
    public Guid? AreaId { get; set; }
    public Area? Area { get; set; }
    public string? Address { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? Notes { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
    public string SearchText { get; private set; } = "";

    public void RefreshSearchText() => SearchText = TextSearch.Normalize(Name, Address);
}

internal sealed class KeySiteConfiguration : IEntityTypeConfiguration<KeySite>
{
    public void Configure(EntityTypeBuilder<KeySite> b)
    {
        b.ToTable("KeySites");
        b.Property(x => x.Name).HasMaxLength(300);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Address).HasMaxLength(300);
        b.Property(x => x.Notes).HasMaxLength(2000);
        b.Property(x => x.SearchText).HasMaxLength(620);
        b.HasOne(x => x.Area).WithMany().HasForeignKey(x => x.AreaId).OnDelete(DeleteBehavior.Restrict);
    }
}
