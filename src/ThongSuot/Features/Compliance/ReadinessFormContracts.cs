using ThongSuot.Features.Organizations;

namespace ThongSuot.Features.Compliance;

/// <summary>
/// A form definition as a client sends it. Types and repeats arrive as text so an unknown name is a field error
/// ("fields[2].type") rather than an unreadable body.
/// </summary>
public sealed record ReadinessFormRequest(
    Guid? Revision, string? Code, string? Name, string? Description, IReadOnlyList<string?>? OrganizationKinds,
    bool IsActive = true, IReadOnlyList<ReadinessFieldRequest?>? Fields = null);

public sealed record ReadinessFieldRequest(
    string? Key, string? Label, string? Type, string? Unit = null, bool Required = false, decimal? Min = null, decimal? Max = null,
    int? MaxLength = null, string? Help = null, bool Summable = false, string? Repeat = null, IReadOnlyList<string?>? Options = null);

public sealed record ReadinessFormSummaryDto(Guid Id, string Code, string Name, IReadOnlyList<OrganizationKind> OrganizationKinds,
    bool IsActive, int FieldCount, DateTime UpdatedAt);

/// <summary><see cref="UsedKeys"/>: keys that submitted reports hold values for; they cannot be removed or change type.</summary>
public sealed record ReadinessFormDto(Guid Id, string Code, string Name, string? Description, IReadOnlyList<OrganizationKind> OrganizationKinds,
    bool IsActive, Guid Revision, IReadOnlyList<ReadinessField> Fields, IReadOnlyList<string> UsedKeys, bool InUse, DateTime UpdatedAt)
{
    public ReadinessFormRequest ToRequest() => new(Revision, Code, Name, Description, OrganizationKinds.Select(k => (string?)k.ToString()).ToList(), IsActive,
        Fields.Select(f => (ReadinessFieldRequest?)new ReadinessFieldRequest(f.Key, f.Label, f.Type.ToString(), f.Unit, f.Required, f.Min, f.Max,
            f.MaxLength, f.Help, f.Summable, f.Repeat.ToString(), f.Options?.Select(o => (string?)o).ToList())).ToList());
}
