using System.ComponentModel.DataAnnotations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Areas;

/// <summary>A search over areas. Without <see cref="IncludeHistorical"/>, only units valid on <see cref="ValidOn"/> (default today).</summary>
public sealed record AreaQuery(
    string? Q = null,
    AreaLevel? Level = null,
    AreaKind? Kind = null,
    string? ProvinceCode = null,
    DateOnly? ValidOn = null,
    bool IncludeHistorical = false,
    int Page = 1,
    int PageSize = 50);

/// <summary>One area as pages and the API show it, with its province.</summary>
public sealed record AreaView(
    Guid Id,
    string Code,
    string Name,
    AreaKind Kind,
    string KindName,
    AreaLevel Level,
    string FullName,
    string? ProvinceCode,
    string? ProvinceName,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    bool IsHistorical);

public sealed record AreaPage(IReadOnlyList<AreaView> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}

/// <summary>Create or change one unit. Kind accepts Vietnamese words ("xã", "phường") or enum names ("Ward").</summary>
public sealed record AreaInput
{
    [Required(ErrorMessage = "Mã là bắt buộc.")]
    [StringLength(10, ErrorMessage = "Mã dài tối đa 10 ký tự.")]
    public string? Code { get; init; }

    [Required(ErrorMessage = "Tên là bắt buộc.")]
    [StringLength(200, ErrorMessage = "Tên dài tối đa 200 ký tự.")]
    public string? Name { get; init; }

    [Required(ErrorMessage = "Loại đơn vị là bắt buộc.")]
    [StringLength(40, ErrorMessage = "Loại đơn vị dài tối đa 40 ký tự.")]
    public string? Kind { get; init; }

    /// <summary>Code of the province the unit belongs to; required below province level.</summary>
    [StringLength(10, ErrorMessage = "Mã tỉnh dài tối đa 10 ký tự.")]
    public string? ProvinceCode { get; init; }

    /// <summary>Default: 01/07/2025, or 01/01/1900 for districts and townships.</summary>
    public DateOnly? ValidFrom { get; init; }

    /// <summary>Default: none, or 01/07/2025 for districts and townships.</summary>
    public DateOnly? ValidTo { get; init; }
}

/// <summary>What an import did, or would do (preview), or why it did nothing.</summary>
public sealed record AreaImportReport(int Created, int Updated, int Unchanged, IReadOnlyList<CsvLineError> Errors, bool Preview)
{
    public bool Succeeded => Errors.Count == 0;
    public static AreaImportReport Failed(IEnumerable<CsvLineError> errors) =>
        new(0, 0, 0, errors.OrderBy(e => e.Line).ToList(), false);
}
