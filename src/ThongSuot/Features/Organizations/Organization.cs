using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThongSuot.Features.Areas;
using ThongSuot.Shared;

namespace ThongSuot.Features.Organizations;

public sealed class Organization : IHasSearchText
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    /// <summary>Used in letter symbols, e.g. STTTT in "1062/STTTT-BCVT". Unique, upper case.</summary>
    public required string ShortName { get; set; }
    public OrganizationKind Kind { get; set; }
    public Guid? ParentId { get; set; }
    public Organization? Parent { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    /// <summary>The 24/7 line published in directives; public to every signed-in user.</summary>
    public string? Hotline { get; set; }
    public string? Address { get; set; }
    public List<OrganizationArea> Areas { get; set; } = [];
    public List<Person> People { get; set; } = [];
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
    public string SearchText { get; private set; } = "";

    public void RefreshSearchText() => SearchText = TextSearch.Normalize(ShortName, Name);
}

/// <summary>An area an organisation serves.</summary>
public sealed class OrganizationArea
{
    public Guid OrganizationId { get; set; }
    public Guid AreaId { get; set; }
    public Area? Area { get; set; }
}

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> b)
    {
        b.ToTable("Organizations");
        b.Property(x => x.Name).HasMaxLength(300);
        b.Property(x => x.ShortName).HasMaxLength(30);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.Phone).HasMaxLength(30);
        b.Property(x => x.Email).HasMaxLength(200);
        b.Property(x => x.Hotline).HasMaxLength(30);
        b.Property(x => x.Address).HasMaxLength(300);
        b.Property(x => x.SearchText).HasMaxLength(340);
        b.HasIndex(x => x.ShortName).IsUnique();
        b.HasOne(x => x.Parent).WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Areas).WithOne().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.People).WithOne().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OrganizationAreaConfiguration : IEntityTypeConfiguration<OrganizationArea>
{
    public void Configure(EntityTypeBuilder<OrganizationArea> b)
    {
        b.ToTable("OrganizationAreas");
        b.HasKey(x => new { x.OrganizationId, x.AreaId });
        b.HasOne(x => x.Area).WithMany().HasForeignKey(x => x.AreaId).OnDelete(DeleteBehavior.Restrict);
    }
}
