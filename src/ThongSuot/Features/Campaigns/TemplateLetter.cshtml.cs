using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Directives.Templates;
using ThongSuot.Shared;

namespace ThongSuot.Features.Campaigns;

/// <summary>
/// The two small forms of a campaign's page: "a letter from a template" and "copy last year's letter". Success opens the
/// draft in the editor; a refusal is shown here with the way back to the campaign.
/// </summary>
[Authorize(Policy = Policies.ManageDirectory)]
public sealed class TemplateLetterModel(DirectiveTemplatesService service, CampaignsService campaigns) : PageModel
{
    public Guid CampaignId { get; private set; }
    public string CampaignName { get; private set; } = "";
    public string? Error { get; private set; }

    public IActionResult OnGet(Guid id) => Redirect($"/Campaigns/Details/{id}");

    public async Task<IActionResult> OnPostTemplateAsync(Guid id, string? templateKey, CancellationToken ct) =>
        await AnswerAsync(id, await service.FromTemplateAsync(new FromTemplateRequest(templateKey, id), ct), ct);

    public async Task<IActionResult> OnPostCopyAsync(Guid id, CancellationToken ct) =>
        await AnswerAsync(id, await service.CopyLastYearAsync(id, ct), ct);

    private async Task<IActionResult> AnswerAsync(Guid id, ServiceResult<DirectiveDraftDto> result, CancellationToken ct)
    {
        if (result.Error is { Kind: ServiceErrorKind.Forbidden }) return Forbid();
        if (result.Value is { } draft) return Redirect(draft.EditUrl);
        var campaign = (await campaigns.GetAsync(id, ct)).Value;
        if (campaign is null) return NotFound();
        CampaignId = id;
        CampaignName = campaign.Name;
        var error = result.Error!;
        Error = error.Fields is { Count: > 0 } fields ? string.Join(" ", fields.Values.SelectMany(m => m)) : error.Message;
        Response.StatusCode = error.Kind switch
        {
            ServiceErrorKind.NotFound => StatusCodes.Status404NotFound,
            ServiceErrorKind.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        };
        return Page();
    }
}
