using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using ThongSuot.Shared;

namespace ThongSuot.Features.Accounts;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<AppUser> signIn, TimeProvider clock, IStringLocalizer<SharedText> t) : PageModel
{
    [BindProperty] public LoginInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Nhập tên đăng nhập.")]
        [StringLength(256)]
        [Display(Name = "Tên đăng nhập")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Nhập mật khẩu.")]
        [StringLength(256)]
        [DataType(DataType.Password)]
        [Display(Name = "Mật khẩu")]
        public string Password { get; set; } = "";
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await signIn.UserManager.FindByNameAsync(Input.UserName);
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded && user is not null)
        {
            user.LastSignInAt = clock.GetUtcNow().UtcDateTime;
            await signIn.UserManager.UpdateAsync(user);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }
        // Say why only to someone who knows the password: otherwise anyone could probe which accounts exist or are disabled.
        var knowsPassword = user is not null && (result.IsLockedOut || result.IsNotAllowed)
            && await signIn.UserManager.CheckPasswordAsync(user, Input.Password);
        var message = !knowsPassword
            ? t["Tên đăng nhập hoặc mật khẩu không đúng."]
            : result.IsLockedOut
                ? t["Tài khoản tạm khóa do đăng nhập sai nhiều lần. Hãy thử lại sau 15 phút."]
                : t["Tài khoản đã bị vô hiệu hóa. Hãy liên hệ quản trị viên."];
        ModelState.AddModelError(string.Empty, message);
        return Page();
    }
}
