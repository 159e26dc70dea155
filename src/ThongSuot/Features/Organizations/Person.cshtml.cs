using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThongSuot.Shared;

namespace ThongSuot.Features.Organizations;

/// <summary>One contact person: 404 for whoever may not see the organisation's people.</summary>
public sealed class PersonModel(OrganizationsService service) : PageModel
{
    [BindProperty] public PersonInput Input { get; set; } = new();
    public PersonDto Person { get; private set; } = null!;
    public string OrganizationName { get; private set; } = "";
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input = new PersonInput { FullName = Person.FullName, Title = Person.Title, Phone = Person.Phone, Email = Person.Email };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var result = await service.UpdatePersonAsync(id, Input, ct);
        if (result.Error is { Kind: ServiceErrorKind.NotFound }) return NotFound();
        if (result.Error is { Kind: ServiceErrorKind.Forbidden }) return StatusCode(StatusCodes.Status403Forbidden);
        if (result.Error is { } e)
        {
            e.AddTo(ModelState, nameof(Input));
            await LoadAsync(id, ct);
            return Page();
        }
        TempData["Flash"] = "Đã lưu người liên hệ.";
        return Redirect($"/Organizations/Details/{result.Value!.OrganizationId}#people");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        var person = await service.GetPersonAsync(id, ct);
        if (person.Value is null) return NotFound();
        var result = await service.DeletePersonAsync(id, ct);
        if (result.Error is { Kind: ServiceErrorKind.NotFound }) return NotFound();
        if (result.Error is not null) return StatusCode(StatusCodes.Status403Forbidden);
        TempData["Flash"] = "Đã xóa người liên hệ.";
        return Redirect($"/Organizations/Details/{person.Value.OrganizationId}#people");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var person = await service.GetPersonAsync(id, ct);
        if (person.Value is null) return false;
        Person = person.Value;
        OrganizationName = (await service.GetAsync(Person.OrganizationId, ct)).Value?.Name ?? "";
        CanEdit = service.CanEdit(Person.OrganizationId);
        return true;
    }
}
