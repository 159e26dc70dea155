using Microsoft.AspNetCore.Mvc;

namespace ThongSuot.Features.Organizations;

public sealed class EditModel(OrganizationsService service) : OrganizationFormPage(service)
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await PrepareAsync(id, ct) is { } refusal) return refusal;
        var o = (await Service.GetAsync(id, ct)).Value!;
        Input = new OrganizationInput
        {
            Name = o.Name, ShortName = o.ShortName, Kind = o.Kind.ToString(), ParentId = o.ParentId,
            Phone = o.Phone, Email = o.Email, Hotline = o.Hotline, Address = o.Address, AreaIds = o.Areas.Select(a => a.Id).ToList(),
        };
        await LoadOptionsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await PrepareAsync(id, ct) is { } refusal) return refusal;
        if (ContactOnly)
        {
            // The form has no directory fields for a Member: leave them unchanged.
            (Input.Name, Input.ShortName, Input.Kind, Input.ParentId) = (null, null, null, null);
        }
        return await AnswerAsync(await Service.UpdateAsync(id, Input, ct), "Đã lưu thông tin tổ chức.", ct);
    }

    private async Task<IActionResult?> PrepareAsync(Guid id, CancellationToken ct)
    {
        var org = await Service.GetAsync(id, ct);
        if (org.Value is null) return NotFound();
        if (!Service.CanEdit(id)) return StatusCode(StatusCodes.Status403Forbidden);
        EditingId = id;
        CurrentName = org.Value.Name;
        ContactOnly = !Service.Caller.CanManageDirectory;
        return null;
    }
}
