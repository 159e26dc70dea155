using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using ThongSuot.Shared;

namespace ThongSuot.Features.Directives;

/// <summary>
/// The confirmation step: shows the number issuing will take (a number may be typed to match the paper register) and the
/// checks' warnings, so confirming here acknowledges them; the checks' errors come back beside the form.
/// </summary>
public sealed class IssueModel(DirectivesService service, IStringLocalizer<DirectivesText> l) : PageModel
{
    public DirectiveDto Directive { get; private set; } = null!;
    public int NextNumber { get; private set; }
    public DateOnly Today => service.Today;
    [BindProperty] public IssueInput Input { get; set; } = new();

    public sealed class IssueInput { public string? Number { get; set; } }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        int? number = null;
        if (!string.IsNullOrWhiteSpace(Input.Number))
        {
            if (!int.TryParse(Input.Number.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
            {
                ModelState.AddModelError("Input.Number", l["Số phải là số nguyên dương."]);
                return Page();
            }
            number = n;
        }
        var result = await service.IssueAsync(id, new IssueRequest(number, AcknowledgeWarnings: true), ct);
        if (result.Error is { Kind: ServiceErrorKind.Forbidden }) return Forbid();
        if (result.Error is { Kind: ServiceErrorKind.NotFound }) return NotFound();
        if (result.Error is { } error)
        {
            error.AddTo(ModelState, "Input");
            if (error.Fields is { Count: > 0 } && !error.Fields.ContainsKey("number")) ModelState.AddModelError(string.Empty, error.Message);
            return Page();
        }
        TempData["Flash"] = l["Đã ban hành công văn số {0}.", result.Value!.NumberText ?? ""].Value;
        return Redirect($"/Directives/Details/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var d = (await service.GetAsync(id, ct)).Value;
        if (d is null) return false;
        Directive = d;
        NextNumber = (await service.NextNumberAsync(id, ct)).Value;
        return true;
    }
}
