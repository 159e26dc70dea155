using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using ThongSuot.Data;
using ThongSuot.Shared;

namespace ThongSuot.Features.Accounts.Users;

[Authorize(Policy = Policies.Admin)]
public sealed class CreateModel(UsersService users, AppDbContext db) : PageModel
{
    [BindProperty] public NewUser Input { get; set; } = new();
    public List<SelectListItem> Organizations { get; private set; } = [];

    public async Task OnGetAsync() => Organizations = await AccountOptions.OrganizationsAsync(db);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await users.CreateAsync(Input, ct);
            if (result.Value is { } created)
            {
                TempData["Flash"] = $"Đã tạo người dùng {created.UserName}.";
                return RedirectToPage("Edit", new { id = created.Id });
            }
            result.Error!.AddTo(ModelState);
        }
        Organizations = await AccountOptions.OrganizationsAsync(db);
        return Page();
    }
}
