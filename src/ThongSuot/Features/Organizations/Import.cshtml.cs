using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThongSuot.Features.Accounts;
using ThongSuot.Shared;

namespace ThongSuot.Features.Organizations;

[Authorize(Policy = Policies.ManageDirectory)]
public sealed class ImportModel(OrganizationsCsv csv) : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }
    public OrganizationImportReport? Report { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null)
        {
            ModelState.AddModelError(nameof(Upload), "Hãy chọn tệp CSV.");
            return Page();
        }
        await using var stream = Upload.OpenReadStream();
        var (text, error) = await CsvTable.ReadUploadAsync(stream, Upload.Length);
        if (text is null)
        {
            ModelState.AddModelError(nameof(Upload), error!);
            return Page();
        }
        var result = await csv.ImportAsync(text, ct);
        if (result.Error is not null) return StatusCode(StatusCodes.Status403Forbidden);
        Report = result.Value;
        return Page();
    }
}
