using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Duty;

/// <summary>Change one shift, or swap its person with another shift of the same organisation.</summary>
public sealed class EditModel(DutyService duty, OrganizationsService organizations) : PageModel
{
    [BindProperty] public ShiftForm Shift { get; set; } = new();
    [BindProperty] public Guid? OtherShiftId { get; set; }

    public ShiftDto? Current { get; private set; }
    public IReadOnlyList<PersonDto> People { get; private set; } = [];
    public IReadOnlyList<ShiftDto> Others { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal) return refusal;
        Shift = ShiftForm.From(Current!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal) return refusal;
        ModelState.Clear();
        var result = await duty.UpdateAsync(id, Shift.ToRequest(Current!.OrganizationId, Current.CampaignId), ct);
        return After(result.Error, "Shift");
    }

    public async Task<IActionResult> OnPostSwapAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal) return refusal;
        ModelState.Clear();
        var result = await duty.SwapAsync(id, new SwapRequest(OtherShiftId), ct);
        return After(result.Error, "");
    }

    private IActionResult After(ServiceError? error, string prefix)
    {
        if (error is null) return Redirect($"/Duty/Roster?organizationId={Current!.OrganizationId}&campaignId={Current.CampaignId}");
        if (error.Kind == ServiceErrorKind.Forbidden) return Forbid();
        error.AddTo(ModelState, prefix);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        Current = (await duty.GetAsync(id, ct)).Value;
        if (Current is null) return NotFound();
        if (!duty.Caller.CanEditOrganization(Current.OrganizationId)) return Forbid();
        People = (await organizations.PeopleAsync(Current.OrganizationId, ct)).Value ?? [];
        Others = ((await duty.ListAsync(new ShiftQuery(Current.OrganizationId, Current.CampaignId), ct)).Value ?? []).Where(s => s.Id != id).ToList();
        return null;
    }
}
