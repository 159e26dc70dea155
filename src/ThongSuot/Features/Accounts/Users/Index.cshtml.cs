using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ThongSuot.Features.Accounts.Users;

[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(UsersService users, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public IReadOnlyList<UserRow> Rows { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await users.ListAsync(Q?.Length > 200 ? Q[..200] : Q, ct);
        if (result.Error is not null) return Forbid();
        Rows = result.Value!;
        Now = clock.GetUtcNow();
        return Page();
    }
}
