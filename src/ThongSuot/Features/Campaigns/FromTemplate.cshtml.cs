using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThongSuot.Calendar;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Directives.Templates;
using ThongSuot.Shared;

namespace ThongSuot.Features.Campaigns;

/// <summary>New campaign from a template: choose a template and a year, see the computed name, create campaign and draft.</summary>
[Authorize(Policy = Policies.ManageDirectory)]
public sealed class FromTemplateModel(DirectiveTemplatesService service, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public FromTemplateForm Input { get; set; } = new();

    public IReadOnlyList<DirectiveTemplate> Templates => DirectiveTemplates.All;

    /// <summary>The name the campaign will get, once a template and a valid year are chosen.</summary>
    public string? CampaignName { get; private set; }

    public void OnGet()
    {
        if (string.IsNullOrWhiteSpace(Input.Year))
        {
            var today = TimeDisplay.Today(clock);
            var nextTet = today > LunarCalendar.Tet(today.Year) ? today.Year + 1 : today.Year;
            Input.Year = nextTet.ToString(CultureInfo.InvariantCulture);
        }
        Input.TemplateKey ??= Templates[0].Key;
        if (Parse() is { } year)
        {
            var preview = DirectiveTemplatesService.Preview(Input.TemplateKey, year, Input.Title);
            if (preview.Error is { } error) error.AddTo(ModelState);
            CampaignName = preview.Value?.CampaignName;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var year = Parse();
        if (year is null && ModelState.ErrorCount > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var created = await service.CampaignFromTemplateAsync(new CampaignFromTemplateRequest(Input.TemplateKey, year, Input.Title), ct);
        if (created.Error is { Kind: ServiceErrorKind.Forbidden }) return Forbid();
        if (created.Error is { } error)
        {
            error.AddTo(ModelState);
            CampaignName = DirectiveTemplatesService.Preview(Input.TemplateKey, year, Input.Title).Value?.CampaignName;
            Response.StatusCode = error.Kind == ServiceErrorKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            return Page();
        }
        return Redirect(created.Value!.EditUrl);
    }

    /// <summary>The year as a number, or a field error; empty is left to the service ("Năm là bắt buộc.").</summary>
    private int? Parse()
    {
        if (string.IsNullOrWhiteSpace(Input.Year)) return null;
        if (int.TryParse(Input.Year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return year;
        ModelState.AddModelError("Input.Year", "Năm phải là số.");
        return null;
    }
}

public sealed class FromTemplateForm
{
    public string? TemplateKey { get; set; }
    public string? Year { get; set; }
    public string? Title { get; set; }
}
