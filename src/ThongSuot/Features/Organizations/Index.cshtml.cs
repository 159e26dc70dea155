using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ThongSuot.Features.Organizations;

public sealed class IndexModel(OrganizationsService service) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    public List<OrganizationDto> Items { get; private set; } = [];
    public bool CanManage => service.Caller.CanManageDirectory;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var result = await service.ListAsync(Q, Kind, null, ct);
        if (result.Error is not null)
        {
            Kind = null;
            result = await service.ListAsync(Q, null, null, ct);
        }
        Items = result.Value ?? [];
    }
}
