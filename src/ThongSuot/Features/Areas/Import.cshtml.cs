using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThongSuot.Features.Accounts;
using ThongSuot.Shared;

namespace ThongSuot.Features.Areas;

/// <summary>Check a CSV file (preview with the per-line report), then import it all or nothing.</summary>
[Authorize(Policy = Policies.ManageDirectory)]
public sealed class AreasImportModel(AreasService areas) : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }
    /// <summary>Pasted text, or the checked file's text kept so "Nhập" does not need the file chosen again.</summary>
    [BindProperty] public string? CsvText { get; set; }

    public AreaImportReport? Report { get; private set; }
    public string? FileError { get; private set; }

    public void OnGet() { }

    public IActionResult OnGetSample() =>
        File([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(AreasDemo.SampleCsv())], "text/csv; charset=utf-8", AreasDemo.SampleFileName);

    public Task<IActionResult> OnPostCheckAsync(CancellationToken ct) => RunAsync(preview: true, ct);

    public Task<IActionResult> OnPostImportAsync(CancellationToken ct) => RunAsync(preview: false, ct);

    private async Task<IActionResult> RunAsync(bool preview, CancellationToken ct)
    {
        var text = CsvText;
        if (Upload is { Length: > 0 })
        {
            await using var stream = Upload.OpenReadStream();
            (text, FileError) = await CsvTable.ReadUploadAsync(stream, Upload.Length);
        }
        if (FileError is null && string.IsNullOrWhiteSpace(text)) FileError = "Hãy chọn tệp CSV hoặc dán nội dung CSV.";
        if (FileError is not null)
        {
            ModelState.AddModelError(nameof(Upload), FileError);
            return Page();
        }
        var result = await areas.ImportCsvAsync(text!, preview, ct);
        if (result.Error is not null) return Forbid();
        Report = result.Value;
        // Keep the text for the next step: fix and re-check, or import what was checked.
        ModelState.Remove(nameof(CsvText));
        CsvText = preview || !Report!.Succeeded ? text : null;
        return Page();
    }
}
