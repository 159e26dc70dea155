using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThongSuot.Features.Files;
using ThongSuot.Shared;

namespace ThongSuot.Features.Incidents;

/// <summary>/Incidents/Attachments/{id}: where the incident page's upload form posts; on an error it shows the form again with the messages beside the fields.</summary>
public sealed class IncidentAttachmentsModel(IncidentsService incidents, IncidentAttachmentsService attachments) : PageModel
{
    public IncidentDto Incident { get; private set; } = null!;
    [BindProperty] public List<IFormFile> Files { get; set; } = [];
    [BindProperty] public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        ModelState.Clear(); // binding messages for files are not useful; the service says what is wrong
        var result = await attachments.AddAsync(id, Files.Select(FileUpload.From).ToList(), Note, ct);
        if (result.Error is null) return Redirect($"/Incidents/Details/{id}#attachments");
        if (!await LoadAsync(id, ct)) return NotFound();
        Response.StatusCode = result.Error.Kind switch
        {
            ServiceErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            ServiceErrorKind.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        };
        if (result.Error.Fields is { Count: > 0 }) result.Error.AddTo(ModelState, "");
        else ModelState.AddModelError("", result.Error.Message);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var result = await incidents.GetAsync(id, ct);
        if (result.Value is null) return false;
        Incident = result.Value;
        return true;
    }
}
