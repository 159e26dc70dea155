using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThongSuot.Features.Files;
using ThongSuot.Shared;

namespace ThongSuot.Features.Compliance;

/// <summary>
/// One assignment: the letter and task, acknowledge, the report form (text, readiness fields, files), every version with
/// its attachments and review, and for reviewers return/accept. Errors come back beside the fields with the input kept.
/// </summary>
public sealed class AssignmentModel(ComplianceService service) : PageModel
{
    public AssignmentDto Item { get; private set; } = null!;
    public Dictionary<string, string?> Inputs { get; private set; } = new(StringComparer.Ordinal);
    public IReadOnlyDictionary<string, string[]> ValueErrors { get; private set; } = new Dictionary<string, string[]>();
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Comment { get; set; }

    public ReadinessFormView Form => new(Item.Fields, Item.Targets, Inputs, ValueErrors);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        // A new version starts from the latest one, so a returned report is revised rather than retyped.
        if (Item.Reports is [var latest, ..])
        {
            Text = latest.Text;
            Inputs = ReadinessValues.ToInputs(latest.Values?.GetRawText());
        }
        return Page();
    }

    public Task<IActionResult> OnPostAcknowledgeAsync(Guid id, Guid? revision, CancellationToken ct) =>
        ActAsync(id, () => service.AcknowledgeAsync(id, new AcknowledgeRequest(revision), ct), ct);

    public Task<IActionResult> OnPostSubmitAsync(Guid id, Guid? revision, List<IFormFile>? files, CancellationToken ct)
    {
        Inputs = Request.Form.Where(f => f.Key.StartsWith(ReadinessFormView.Prefix, StringComparison.Ordinal))
            .ToDictionary(f => f.Key[ReadinessFormView.Prefix.Length..], f => (string?)f.Value.ToString(), StringComparer.Ordinal);
        var uploads = (files ?? []).Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).Select(FileUpload.From).ToList();
        return ActAsync(id, () => service.SubmitAsync(id, new ReportSubmission(Text, Inputs, uploads, revision), ct), ct);
    }

    public Task<IActionResult> OnPostReturnAsync(Guid id, Guid? revision, CancellationToken ct) =>
        ActAsync(id, () => service.ReturnAsync(id, new ReturnRequest(Comment, revision), ct), ct);

    public Task<IActionResult> OnPostAcceptAsync(Guid id, Guid? revision, CancellationToken ct) =>
        ActAsync(id, () => service.AcceptAsync(id, new AcceptRequest(Comment, revision), ct), ct);

    private async Task<IActionResult> ActAsync(Guid id, Func<Task<ServiceResult<AssignmentDto>>> act, CancellationToken ct)
    {
        var error = (await act()).Error;
        if (error is null) return Redirect($"/Compliance/Assignment/{id}");
        if (!await LoadAsync(id, ct)) return NotFound();
        Response.StatusCode = error.Kind switch
        {
            ServiceErrorKind.NotFound => StatusCodes.Status404NotFound,
            ServiceErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            ServiceErrorKind.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        };
        var fieldKeys = Item.Fields.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var valueErrors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (field, messages) in error.Fields ?? new Dictionary<string, string[]>())
        {
            if (fieldKeys.Contains(field)) { valueErrors[field] = messages; continue; }
            foreach (var message in messages) ModelState.AddModelError(field, message);
        }
        ValueErrors = valueErrors;
        ModelState.AddModelError("", error.Message);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var result = await service.GetAsync(id, ct);
        if (result.Value is null) return false;
        Item = result.Value;
        return true;
    }
}
