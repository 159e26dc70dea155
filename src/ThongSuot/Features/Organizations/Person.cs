using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThongSuot.Shared;

namespace ThongSuot.Features.Organizations;

/// <summary>A contact person of an organisation; visible to that organisation and to the department, not to other members.</summary>
public sealed class Person : IHasSearchText
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; set; }
    public required string FullName { get; set; }
    public string? Title { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
    public string SearchText { get; private set; } = "";

    public void RefreshSearchText() => SearchText = TextSearch.Normalize(FullName, Title, Phone, Email);
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.ToTable("People");
        b.Property(x => x.FullName).HasMaxLength(200);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Phone).HasMaxLength(30);
        b.Property(x => x.Email).HasMaxLength(200);
        b.Property(x => x.SearchText).HasMaxLength(640);
        b.HasIndex(x => new { x.OrganizationId, x.FullName });
    }
}
