using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThongSuot.Features.Accounts;
using ThongSuot.Shared;

namespace ThongSuot.Features.Compliance;

/// <summary>The inbox: a Member sees its organisation's assignments; province-wide roles see all, with filters.</summary>
public sealed class IndexModel(ComplianceService service, CurrentUser me) : PageModel
{
    [FromQuery] public Guid? CampaignId { get; set; }
    [FromQuery] public Guid? DirectiveId { get; set; }
    [FromQuery] public Guid? OrganizationId { get; set; }
    [FromQuery] public string? State { get; set; }

    public IReadOnlyList<AssignmentSummaryDto> Assignments { get; private set; } = [];
    public ComplianceFilterOptions Options { get; private set; } = new([], [], []);
    public bool SeesAll => me.SeesAllOrganizations;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Options = await service.FilterOptionsAsync(ct);
        var result = await service.ListAsync(new ComplianceQuery(CampaignId, DirectiveId, OrganizationId, State), ct);
        if (result.Error is { } error) error.AddTo(ModelState, "");
        else Assignments = result.Value!;
    }
}
