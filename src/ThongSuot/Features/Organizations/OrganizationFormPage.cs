using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using ThongSuot.Shared;

namespace ThongSuot.Features.Organizations;

/// <summary>What the create and edit pages share: the input, the choices, and turning a service answer into the page's answer.</summary>
public abstract class OrganizationFormPage(OrganizationsService service) : PageModel
{
    protected OrganizationsService Service => service;

    [BindProperty] public OrganizationInput Input { get; set; } = new();
    /// <summary>A Member editing its own organisation sees only the contact fields.</summary>
    public bool ContactOnly { get; protected set; }
    public Guid? EditingId { get; protected set; }
    public string? CurrentName { get; protected set; }
    public List<SelectListItem> Parents { get; private set; } = [];
    public List<SelectListItem> Areas { get; private set; } = [];

    protected async Task LoadOptionsAsync(CancellationToken ct)
    {
        Parents = (await service.ParentOptionsAsync(ct)).Where(p => p.Id != EditingId)
            .Select(p => new SelectListItem($"{p.ShortName} — {p.Name}", p.Id.ToString())).ToList();
        var chosen = (Input.AreaIds ?? []).ToHashSet();
        Areas = (await service.AreaOptionsAsync(chosen, ct))
            .Select(a => new SelectListItem($"{a.Name} ({a.Code})", a.Id.ToString(), chosen.Contains(a.Id))).ToList();
    }

    protected async Task<IActionResult> AnswerAsync(ServiceResult<OrganizationDto> result, string flash, CancellationToken ct)
    {
        switch (result.Error)
        {
            case null:
                TempData["Flash"] = flash;
                return Redirect($"/Organizations/Details/{result.Value!.Id}");
            case { Kind: ServiceErrorKind.NotFound }:
                return NotFound();
            case { Kind: ServiceErrorKind.Forbidden }:
                return StatusCode(StatusCodes.Status403Forbidden);
            case var error:
                error.AddTo(ModelState, nameof(Input));
                await LoadOptionsAsync(ct);
                return Page();
        }
    }
}
