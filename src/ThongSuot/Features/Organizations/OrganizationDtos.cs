namespace ThongSuot.Features.Organizations;

/// <summary>An area an organisation serves, as the directory shows it.</summary>
public sealed record AreaRef(Guid Id, string Code, string Name);

/// <summary>The public directory entry of an organisation: every signed-in user may read it.</summary>
public sealed record OrganizationDto(
    Guid Id, string Name, string ShortName, OrganizationKind Kind,
    Guid? ParentId, string? ParentShortName, string? ParentName,
    string? Phone, string? Email, string? Hotline, string? Address,
    IReadOnlyList<AreaRef> Areas);

/// <summary>A contact person: private to the organisation and to province-wide roles.</summary>
public sealed record PersonDto(Guid Id, Guid OrganizationId, string FullName, string? Title, string? Phone, string? Email);

/// <summary>
/// What a client sends to create or change an organisation. Kind is text so an unknown value is a field error, not a binding failure.
/// A Member editing its own organisation leaves Name, ShortName, Kind and ParentId null (unchanged).
/// </summary>
public sealed class OrganizationInput
{
    public string? Name { get; set; }
    public string? ShortName { get; set; }
    public string? Kind { get; set; }
    public Guid? ParentId { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Hotline { get; set; }
    public string? Address { get; set; }
    public List<Guid>? AreaIds { get; set; }
}

public sealed class PersonInput
{
    public string? FullName { get; set; }
    public string? Title { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
}

/// <summary>Outcome of a CSV import: counts when it was written, or the per-line errors when nothing was.</summary>
public sealed record OrganizationImportReport(int Created, int Updated, int Unchanged, IReadOnlyList<Shared.CsvLineError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
