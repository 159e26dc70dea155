using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ThongSuot.Features.Notifications;

/// <summary>/Notifications: the signed-in person's inbox.</summary>
public sealed class IndexModel(InboxService inbox) : PageModel
{
    public IReadOnlyList<NotificationDto> Items { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public bool Unread { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await inbox.ListAsync(Unread, 200, ct);
        if (result.Error is not null) return Forbid();
        Items = result.Value!;
        return Page();
    }

    public async Task<IActionResult> OnPostReadAsync(Guid id, CancellationToken ct)
    {
        var result = await inbox.MarkReadAsync(id, ct);
        return result.Error is null ? RedirectToPage(new { Unread }) : NotFound();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        await inbox.MarkAllReadAsync(ct);
        return RedirectToPage();
    }
}
