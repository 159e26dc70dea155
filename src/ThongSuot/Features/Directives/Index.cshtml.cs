using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Campaigns;
using ThongSuot.Shared;

namespace ThongSuot.Features.Directives;

public sealed class IndexModel(DirectivesService service, AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? CampaignId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? OrganizationId { get; set; }
    public IReadOnlyList<DirectiveSummaryDto> Directives { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Campaigns { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name, Guid? ParentId)> Organizations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var result = await service.ListAsync(new DirectiveQuery(CampaignId, Status, OrganizationId), ct);
        if (result.Error is { } error) error.AddTo(ModelState, "");
        Directives = result.Value ?? [];
        Campaigns = (await db.Set<Campaign>().AsNoTracking().OrderByDescending(c => c.Year).Select(c => new { c.Id, c.Name }).ToListAsync(ct))
            .Select(c => (c.Id, c.Name)).ToList();
        Organizations = await service.OrganizationChoicesAsync(ct);
    }
}
