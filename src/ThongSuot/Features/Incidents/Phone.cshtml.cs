using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThongSuot.Shared;

namespace ThongSuot.Features.Incidents;

/// <summary>
/// The duty officer's phone log: a handful of fields, the cursor in the first, Enter saves, and the empty form comes
/// back at once for the next call with the saved number shown. Details are added later on the incident's page.
/// </summary>
public sealed class PhoneModel(IncidentsService service, TimeProvider clock) : PageModel
{
    [BindProperty] public IncidentForm Input { get; set; } = new();
    public IncidentChoices Choices { get; private set; } = null!;
    [TempData] public string? SavedNumber { get; set; }
    [TempData] public Guid? SavedId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!service.CanReport) return Forbid();
        Input = new IncidentForm { Severity = "3", StartedAt = IncidentForm.Now(clock) };
        Choices = await IncidentChoices.LoadAsync(HttpContext.RequestServices, full: false, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var errors = new FieldErrors();
        var request = Input.ToRequest(errors);
        var result = request is null ? errors.ToError() : await service.CreateAsync(request, IncidentChannel.Phone, null, ct);
        if (result.Error is { } error)
        {
            if (error.Kind == ServiceErrorKind.Forbidden) return Forbid();
            error.AddTo(ModelState);
            Choices = await IncidentChoices.LoadAsync(HttpContext.RequestServices, full: false, ct);
            return Page();
        }
        (SavedNumber, SavedId) = (result.Value!.Incident!.Number, result.Value.Incident.Id);
        // Post/redirect/get: a refresh never files the call twice.
        return Redirect("/Incidents/Phone");
    }
}
