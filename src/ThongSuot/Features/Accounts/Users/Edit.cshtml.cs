using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using ThongSuot.Data;
using ThongSuot.Shared;

namespace ThongSuot.Features.Accounts.Users;

[Authorize(Policy = Policies.Admin)]
public sealed class EditModel(UsersService users, AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public UserChanges Input { get; set; } = new();
    [BindProperty] public string? NewPassword { get; set; }

    public UserRow? Row { get; private set; }
    public List<SelectListItem> Organizations { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }
    /// <summary>Set once, right after a reset with a generated password; never stored.</summary>
    public string? GeneratedPassword { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(fillInput: true, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await users.UpdateAsync(Id, Input, ct);
            if (result.Succeeded) return Done("Đã lưu thay đổi.");
            if (result.Error!.Kind == ServiceErrorKind.NotFound) return NotFound();
            result.Error.AddTo(ModelState);
        }
        return await LoadAsync(fillInput: false, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken ct) => await After(users.SetDisabledAsync(Id, true, ct), "Đã vô hiệu hóa tài khoản.", ct);

    public async Task<IActionResult> OnPostEnableAsync(CancellationToken ct) => await After(users.SetDisabledAsync(Id, false, ct), "Đã kích hoạt lại tài khoản.", ct);

    public async Task<IActionResult> OnPostUnlockAsync(CancellationToken ct) => await After(users.UnlockAsync(Id, ct), "Đã mở khóa tài khoản.", ct);

    public async Task<IActionResult> OnPostResetPasswordAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var result = await users.ResetPasswordAsync(Id, NewPassword, ct);
        if (result.Error is { Kind: ServiceErrorKind.NotFound }) return NotFound();
        result.Error?.AddTo(ModelState, "");
        if (result.Value is { } reset)
        {
            if (reset.GeneratedPassword is null) return Done("Đã đặt lại mật khẩu.");
            GeneratedPassword = reset.GeneratedPassword;
        }
        return await LoadAsync(fillInput: true, ct) ? Page() : NotFound();
    }

    private async Task<IActionResult> After<T>(Task<ServiceResult<T>> action, string message, CancellationToken ct)
    {
        ModelState.Clear();
        var result = await action;
        if (result.Succeeded) return Done(message);
        if (result.Error!.Kind == ServiceErrorKind.NotFound) return NotFound();
        ModelState.AddModelError(string.Empty, result.Error.Message);
        return await LoadAsync(fillInput: true, ct) ? Page() : NotFound();
    }

    private RedirectToPageResult Done(string message)
    {
        TempData["Flash"] = message;
        return RedirectToPage(new { id = Id });
    }

    private async Task<bool> LoadAsync(bool fillInput, CancellationToken ct)
    {
        Row = (await users.GetAsync(Id, ct)).Value;
        if (Row is null) return false;
        Now = clock.GetUtcNow();
        Organizations = await AccountOptions.OrganizationsAsync(db);
        if (fillInput)
            Input = new UserChanges { FullName = Row.FullName, Email = Row.Email, PhoneNumber = Row.PhoneNumber, OrganizationId = Row.OrganizationId, Role = Row.Role };
        return true;
    }
}
