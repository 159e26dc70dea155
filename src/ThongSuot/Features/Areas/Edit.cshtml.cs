using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using ThongSuot.Features.Accounts;
using ThongSuot.Shared;

namespace ThongSuot.Features.Areas;

/// <summary>Create a unit (no id) or change one.</summary>
[Authorize(Policy = Policies.ManageDirectory)]
public sealed class AreaEditModel(AreasService areas, IStringLocalizer<AreasText> l) : PageModel
{
    [BindProperty] public EditInput Input { get; set; } = new();
    public Guid? Id { get; private set; }
    public IReadOnlyList<(string Code, string Label)> ProvinceChoices { get; private set; } = [];

    public sealed class EditInput
    {
        [StringLength(10)] public string? Code { get; set; }
        [StringLength(200)] public string? Name { get; set; }
        public AreaKind Kind { get; set; } = AreaKind.Commune;
        [StringLength(10)] public string? ProvinceCode { get; set; }
        [StringLength(10)] public string? ValidFrom { get; set; } = Area.Reform2025.ToString("dd/MM/yyyy");
        [StringLength(10)] public string? ValidTo { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        if (id is { } existing)
        {
            var found = await areas.GetAsync(existing, ct);
            if (found.Value is not { } a) return NotFound();
            Input = new EditInput
            {
                Code = a.Code, Name = a.Name, Kind = a.Kind, ProvinceCode = a.ProvinceCode,
                ValidFrom = TimeDisplay.FormatDate(a.ValidFrom), ValidTo = TimeDisplay.FormatDate(a.ValidTo),
            };
        }
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        if (!AreaRules.TryParseDate(Input.ValidFrom, out var from))
            ModelState.AddModelError("Input.ValidFrom", l["Ngày không hợp lệ; dùng dạng dd/MM/yyyy."]);
        if (!AreaRules.TryParseDate(Input.ValidTo, out var to))
            ModelState.AddModelError("Input.ValidTo", l["Ngày không hợp lệ; dùng dạng dd/MM/yyyy."]);
        if (ModelState.IsValid)
        {
            var input = new AreaInput
            {
                Code = Input.Code, Name = Input.Name, Kind = Input.Kind.ToString(),
                ProvinceCode = Input.ProvinceCode, ValidFrom = from, ValidTo = to,
            };
            var result = id is { } existing ? await areas.UpdateAsync(existing, input, ct) : await areas.CreateAsync(input, ct);
            if (result.Value is { } saved)
            {
                TempData["Flash"] = string.Format(l["Đã lưu {0} (mã {1})."], saved.FullName, saved.Code);
                return Redirect($"/Areas?q={Uri.EscapeDataString(saved.Code)}&historical=true");
            }
            if (result.Error!.Kind == ServiceErrorKind.NotFound) return NotFound();
            result.Error.AddTo(ModelState);
        }
        await LoadChoicesAsync(ct);
        return Page();
    }

    /// <summary>One choice per code: a code names the province valid on the unit's start date (44: Quảng Bình before, Quảng Trị after 2025).</summary>
    private async Task LoadChoicesAsync(CancellationToken ct) =>
        ProvinceChoices = (await areas.ProvincesAsync(includeHistorical: true, ct))
            .GroupBy(p => p.Code)
            .Select(g => (g.Key, $"{g.Key} — " + string.Join(" / ", g.OrderBy(p => p.IsHistorical).Select(p =>
                p.IsHistorical ? $"{p.Name} ({l["đến"]} {TimeDisplay.FormatDate(p.ValidTo)})" : p.Name))))
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .ToList();
}
