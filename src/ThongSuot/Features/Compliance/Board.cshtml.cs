using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThongSuot.Features.Accounts;
using ThongSuot.Shared;

namespace ThongSuot.Features.Compliance;

/// <summary>/Compliance/Board?directiveId=… or ?campaignId=…: who has acknowledged, reported, been accepted; the province's sums.</summary>
[Authorize(Policy = Policies.ProvinceWide)]
public sealed class BoardModel(BoardService board) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? DirectiveId { get; set; }
    [BindProperty(SupportsGet = true)] public string? CampaignId { get; set; }
    [BindProperty(SupportsGet = true)] public string? State { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? AreaId { get; set; }
    public BoardDto? Board { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> Areas { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var errors = new FieldErrors();
        var query = BoardQuery.Parse(DirectiveId, CampaignId, State, Kind, AreaId, errors);
        Areas = await board.AreaChoicesAsync(ct);
        if (query is null)
        {
            errors.ToError().AddTo(ModelState, "");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var result = await board.GetAsync(query, ct);
        if (result.Error is { Kind: ServiceErrorKind.NotFound }) return NotFound();
        if (result.Error is { Kind: ServiceErrorKind.Forbidden }) return Forbid();
        Board = result.Value;
        return Page();
    }

    /// <summary>The same board and filters for the export links.</summary>
    public string Query => QueryString.Create(new Dictionary<string, string?>
    {
        ["directiveId"] = DirectiveId, ["campaignId"] = CampaignId, ["state"] = State, ["kind"] = Kind, ["areaId"] = AreaId,
    }.Where(p => !string.IsNullOrWhiteSpace(p.Value))).ToString();
}
