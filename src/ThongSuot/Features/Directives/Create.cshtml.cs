using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Campaigns;
using ThongSuot.Shared;

namespace ThongSuot.Features.Directives;

/// <summary>Starts a draft for a campaign with the issuer's defaults, then opens the editor.</summary>
public sealed class CreateModel(DirectivesService service, AppDbContext db, CurrentUser me) : PageModel
{
    [BindProperty] public CreateInput Input { get; set; } = new();
    public IReadOnlyList<(Guid Id, string Name)> Campaigns { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name, Guid? ParentId)> Organizations { get; private set; } = [];
    public bool ChoosesIssuer => me.CanManageDirectory;

    public sealed class CreateInput
    {
        public Guid? CampaignId { get; set; }
        public Guid? OrganizationId { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid? campaignId, CancellationToken ct)
    {
        if (!me.CanManageDirectory && !(me.IsInRole(Roles.Member) && me.OrganizationId != Guid.Empty)) return Forbid();
        Input.CampaignId = campaignId;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await service.CreateAsync(new DirectiveRequest { CampaignId = Input.CampaignId, OrganizationId = ChoosesIssuer ? Input.OrganizationId : null }, ct);
        if (result.Error is { Kind: ServiceErrorKind.Forbidden }) return Forbid();
        if (result.Error is { } error)
        {
            error.AddTo(ModelState, "Input");
            await LoadAsync(ct);
            return Page();
        }
        return Redirect($"/Directives/Edit/{result.Value!.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Campaigns = (await db.Set<Campaign>().AsNoTracking().Where(c => c.Status != CampaignStatus.Closed).OrderByDescending(c => c.Year)
            .Select(c => new { c.Id, c.Name }).ToListAsync(ct)).Select(c => (c.Id, c.Name)).ToList();
        Organizations = await service.OrganizationChoicesAsync(ct);
    }
}
