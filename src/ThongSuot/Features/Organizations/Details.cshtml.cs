using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThongSuot.Shared;

namespace ThongSuot.Features.Organizations;

/// <summary>The public entry of an organisation; its people only for those allowed to see them.</summary>
public sealed class DetailsModel(OrganizationsService service) : PageModel
{
    public OrganizationDto Organization { get; private set; } = null!;
    /// <summary>Null when the caller may not see this organisation's people.</summary>
    public List<PersonDto>? People { get; private set; }
    public bool CanEdit { get; private set; }
    public bool CanManage => service.Caller.CanManageDirectory;
    [BindProperty] public PersonInput NewPerson { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddPersonAsync(Guid id, CancellationToken ct)
    {
        var result = await service.AddPersonAsync(id, NewPerson, ct);
        if (result.Error is { Kind: ServiceErrorKind.NotFound }) return NotFound();
        if (result.Error is { Kind: ServiceErrorKind.Forbidden }) return StatusCode(StatusCodes.Status403Forbidden);
        if (result.Error is { } e)
        {
            e.AddTo(ModelState, nameof(NewPerson));
            await LoadAsync(id, ct);
            return Page();
        }
        TempData["Flash"] = $"Đã thêm người liên hệ {result.Value!.FullName}.";
        return Redirect($"/Organizations/Details/{id}#people");
    }

    public async Task<IActionResult> OnPostDeletePersonAsync(Guid id, Guid personId, CancellationToken ct)
    {
        var result = await service.DeletePersonAsync(personId, ct);
        if (result.Error is { Kind: ServiceErrorKind.NotFound }) return NotFound();
        if (result.Error is not null) return StatusCode(StatusCodes.Status403Forbidden);
        TempData["Flash"] = "Đã xóa người liên hệ.";
        return Redirect($"/Organizations/Details/{id}#people");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        var result = await service.DeleteAsync(id, ct);
        if (result.Error is { Kind: ServiceErrorKind.NotFound }) return NotFound();
        if (result.Error is { Kind: ServiceErrorKind.Forbidden }) return StatusCode(StatusCodes.Status403Forbidden);
        if (result.Error is { } e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
            await LoadAsync(id, ct);
            return Page();
        }
        TempData["Flash"] = "Đã xóa tổ chức.";
        return Redirect("/Organizations");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var org = await service.GetAsync(id, ct);
        if (org.Value is null) return false;
        Organization = org.Value;
        People = service.CanSeePeople(id) ? (await service.PeopleAsync(id, ct)).Value : null;
        CanEdit = service.CanEdit(id);
        return true;
    }
}
