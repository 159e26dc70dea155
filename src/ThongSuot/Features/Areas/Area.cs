using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThongSuot.Shared;

namespace ThongSuot.Features.Areas;

/// <summary>An administrative unit. Units abolished by the 2025 reform keep their rows with <see cref="ValidTo"/> set.</summary>
public sealed class Area : IHasSearchText
{
    /// <summary>The day the two-tier system (province, commune) took effect.</summary>
    public static readonly DateOnly Reform2025 = new(2025, 7, 1);

    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>Official statistical code (mã đơn vị hành chính).</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public AreaKind Kind { get; set; }
    public Guid? ParentId { get; set; }
    public Area? Parent { get; set; }
    public DateOnly ValidFrom { get; set; } = Reform2025;
    public DateOnly? ValidTo { get; set; }
    public string SearchText { get; private set; } = "";

    public AreaLevel Level => Kind.Level();
    public bool IsValidOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day < ValidTo);
    public void RefreshSearchText() => SearchText = TextSearch.Normalize(Code, Name);
}

internal sealed class AreaConfiguration : IEntityTypeConfiguration<Area>
{
    public void Configure(EntityTypeBuilder<Area> b)
    {
        b.ToTable("Areas");
        b.Property(x => x.Code).HasMaxLength(10);
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.SearchText).HasMaxLength(220);
        b.HasOne(x => x.Parent).WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.Code, x.ValidFrom }).IsUnique();
        b.Ignore(x => x.Level);
    }
}
