using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThongSuot.Data;

namespace ThongSuot.Features.Notifications;

/// <summary>
/// /a/{token}: anonymous on purpose (a person woken at night on a phone). GET only shows what the link will do, so a
/// mail scanner that fetches links does not use them; the POST button does it.
/// </summary>
[AllowAnonymous]
public sealed class ActionLinkModel(ActionLinks links, AppDbContext db) : PageModel
{
    public ActionLinkOutcome Outcome { get; private set; } = new(ActionLinkState.NotFound, ActionLinks.NotFoundMessage);

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        Outcome = await links.PreviewAsync(db, token, ct);
        return Answer();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        Outcome = await links.UseAsync(db, token, ct);
        return Answer();
    }

    private PageResult Answer()
    {
        // The token is in the URL: never send it on as a Referer, never cache the page.
        Response.Headers["Referrer-Policy"] = "no-referrer";
        Response.Headers.CacheControl = "no-store";
        Response.StatusCode = Outcome.State switch
        {
            ActionLinkState.Ready or ActionLinkState.Done => StatusCodes.Status200OK,
            ActionLinkState.NotFound => StatusCodes.Status404NotFound,
            ActionLinkState.Used or ActionLinkState.Expired => StatusCodes.Status410Gone,
            _ => StatusCodes.Status409Conflict,
        };
        return Page();
    }
}
