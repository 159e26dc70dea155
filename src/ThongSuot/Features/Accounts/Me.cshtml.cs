using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThongSuot.Data;
using ThongSuot.Shared;

namespace ThongSuot.Features.Accounts;

/// <summary>/Accounts/Me: one's own profile and password.</summary>
public sealed class MeModel(AppDbContext db, CurrentUser me, UsersService users, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty] public ChangePasswordInput Input { get; set; } = new();
    public UserRow? Profile { get; private set; }

    public sealed class ChangePasswordInput
    {
        [Required(ErrorMessage = "Nhập mật khẩu hiện tại.")]
        [StringLength(256)]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "Nhập mật khẩu mới.")]
        [StringLength(256, ErrorMessage = "Mật khẩu dài tối đa 256 ký tự.")]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "Nhập lại mật khẩu mới.")]
        [Compare(nameof(NewPassword), ErrorMessage = "Hai lần nhập mật khẩu mới không khớp.")]
        public string ConfirmPassword { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await users.ChangeOwnPasswordAsync(Input.CurrentPassword, Input.NewPassword);
            if (result.Value is { } user)
            {
                // The password change renewed the security stamp: renew this browser's cookie so it stays signed in.
                await signIn.RefreshSignInAsync(user);
                TempData["Flash"] = "Đã đổi mật khẩu.";
                return RedirectToPage();
            }
            result.Error!.AddTo(ModelState);
        }
        return await LoadAsync(ct) ? Page() : Forbid();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (me.UserId is not { } id) return false;
        Profile = await UserQueries.RowAsync(db, id, ct);
        return Profile is not null;
    }
}
