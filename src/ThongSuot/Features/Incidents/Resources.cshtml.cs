using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThongSuot.Features.Accounts;
using ThongSuot.Shared;

namespace ThongSuot.Features.Incidents;

/// <summary>The mutual-aid registry: the caller's organisation's resources (all, for province-wide roles), added and kept current here.</summary>
public sealed class ResourcesModel(AidResourcesService service, CurrentUser me) : PageModel
{
    public IReadOnlyList<AidResourceDto> Resources { get; private set; } = [];
    public bool CanAdd => me.CanEditOrganization(me.OrganizationId);
    [BindProperty] public AidResourceForm Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await service.CreateAsync(new AidResourceBody(null, Input.Kind, Input.Name, Input.Count, Input.Location, Input.Status, Input.Notes), ct);
        return await AfterAsync(result.Error, ct);
    }

    public async Task<IActionResult> OnPostStatusAsync(Guid resourceId, string? status, CancellationToken ct)
    {
        var current = (await service.GetAsync(resourceId, ct)).Value;
        if (current is null) return NotFound();
        var result = await service.UpdateAsync(resourceId, new AidResourceBody(null, current.Kind.ToString(), current.Name, current.Count, current.Location, status, current.Notes), ct);
        return await AfterAsync(result.Error, ct);
    }

    private async Task<IActionResult> AfterAsync(ServiceError? error, CancellationToken ct)
    {
        if (error is null) return Redirect("/Incidents/Resources");
        if (error.Kind == ServiceErrorKind.Forbidden) return Forbid();
        if (error.Kind == ServiceErrorKind.NotFound) return NotFound();
        error.AddTo(ModelState);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) => Resources = (await service.ListAsync(null, null, null, ct)).Value ?? [];
}

public sealed class AidResourceForm
{
    public string? Kind { get; set; }
    public string? Name { get; set; }
    public int? Count { get; set; } = 1;
    public string? Location { get; set; }
    public string? Status { get; set; }
    public string? Notes { get; set; }
}
