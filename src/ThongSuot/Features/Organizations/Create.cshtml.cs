using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ThongSuot.Features.Accounts;

namespace ThongSuot.Features.Organizations;

[Authorize(Policy = Policies.ManageDirectory)]
public sealed class CreateModel(OrganizationsService service) : OrganizationFormPage(service)
{
    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.Kind = nameof(OrganizationKind.ProvincialDepartment);
        await LoadOptionsAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        await AnswerAsync(await Service.CreateAsync(Input, ct), "Đã thêm tổ chức.", ct);
}
