using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using ThongSuot.Shared;

namespace ThongSuot.Features.Incidents;

/// <summary>The full web form for reporting an incident.</summary>
public sealed class CreateModel(IncidentsService service, TimeProvider clock, IStringLocalizer<IncidentsText> l) : PageModel
{
    [BindProperty] public IncidentForm Input { get; set; } = new();
    public IncidentChoices Choices { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!service.CanReport) return Forbid();
        Input = new IncidentForm { StartedAt = IncidentForm.Now(clock), Severity = "3" };
        Choices = await IncidentChoices.LoadAsync(HttpContext.RequestServices, full: true, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var errors = new FieldErrors();
        var request = Input.ToRequest(errors);
        var result = request is null ? errors.ToError() : await service.CreateAsync(request, IncidentChannel.Web, null, ct);
        if (result.Error is { } error)
        {
            if (error.Kind == ServiceErrorKind.Forbidden) return Forbid();
            error.AddTo(ModelState);
            Choices = await IncidentChoices.LoadAsync(HttpContext.RequestServices, full: true, ct);
            return Page();
        }
        var incident = result.Value!.Incident!;
        TempData["Flash"] = string.Format(System.Globalization.CultureInfo.CurrentCulture, l["Đã ghi nhận sự cố {0}."].Value, incident.Number);
        return Redirect($"/Incidents/Details/{incident.Id}");
    }
}
