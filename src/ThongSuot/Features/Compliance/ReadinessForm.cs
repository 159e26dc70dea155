using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThongSuot.Features.Organizations;

namespace ThongSuot.Features.Compliance;

/// <summary>
/// A readiness report form kept as data: a coordinator adds or changes a field without a release. The fields are a JSON
/// list of <see cref="ReadinessField"/> (see <see cref="ReadinessFieldsJson"/>); <see cref="Revision"/> changes with
/// every edit, and each report records the revision it was checked against.
/// </summary>
public sealed class ReadinessForm
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>Stable code, e.g. "operator", "commune", "police", "postal".</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    /// <summary>Which recipients fill it in: comma-separated <see cref="OrganizationKind"/> names.</summary>
    public string OrganizationKinds { get; set; } = "";
    /// <summary>JSON array of <see cref="ReadinessField"/>.</summary>
    public string Fields { get; set; } = "[]";
    public bool IsActive { get; set; } = true;
    public Guid Revision { get; set; } = Guid.NewGuid();
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;

    public IReadOnlyList<OrganizationKind> Kinds =>
        OrganizationKinds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(k => Enum.TryParse<OrganizationKind>(k, out var kind) ? kind : (OrganizationKind?)null)
            .OfType<OrganizationKind>().ToList();
}

/// <summary>Whole number (counts), number with decimals (hours, Gbps), short or long text, yes/no, phone number, one of a list.</summary>
public enum ReadinessFieldType { WholeNumber, Number, Text, LongText, YesNo, Phone, Choice }

/// <summary>One value, or one value per key site in the campaign's scope, or one per area (commune) of the province.</summary>
public enum ReadinessFieldRepeat { None, KeySite, Area }

/// <summary>
/// A field of a readiness form. <see cref="Key"/> is stable (values are stored under it); <see cref="Summable"/> numbers
/// are added up across the province on the compliance board.
/// </summary>
public sealed record ReadinessField(
    string Key,
    string Label,
    ReadinessFieldType Type,
    string? Unit = null,
    bool Required = false,
    decimal? Min = null,
    decimal? Max = null,
    int? MaxLength = null,
    string? Help = null,
    bool Summable = false,
    ReadinessFieldRepeat Repeat = ReadinessFieldRepeat.None,
    IReadOnlyList<string>? Options = null);

internal sealed class ReadinessFormConfiguration : IEntityTypeConfiguration<ReadinessForm>
{
    public void Configure(EntityTypeBuilder<ReadinessForm> b)
    {
        b.ToTable("ReadinessForms");
        b.Property(x => x.Code).HasMaxLength(40);
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.OrganizationKinds).HasMaxLength(400);
        b.Property(x => x.Fields).HasMaxLength(50000);
        b.Property(x => x.Revision).IsConcurrencyToken();
        b.Ignore(x => x.Kinds);
    }
}
