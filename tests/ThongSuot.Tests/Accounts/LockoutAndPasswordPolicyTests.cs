using System.Net;
using System.Net.Http.Json;
using ThongSuot.Features.Accounts;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Accounts;

public abstract class LockoutAndPasswordPolicyTests(AppFactory app)
{
    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountSoEvenTheRightPasswordFails()
    {
        var user = await app.CreateUserAsync();
        for (var i = 0; i < 5; i++)
            await SignIn.PostLoginAsync(app.Anonymous(), user.UserName, "Wrong-Passw0rd-" + i);

        var response = await SignIn.PostLoginAsync(app.Anonymous(), user.UserName, AccountsTestData.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("tạm khóa", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        var locked = await app.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Id == user.Id).LockoutEnd));
        Assert.True(locked > DateTimeOffset.UtcNow.AddMinutes(10));
    }

    [Fact]
    public async Task AdminCanUnlockALockedOutUser()
    {
        var user = await app.CreateUserAsync();
        for (var i = 0; i < 5; i++)
            await SignIn.PostLoginAsync(app.Anonymous(), user.UserName, "Wrong-Passw0rd-" + i);
        var admin = await app.SignedInAsync("admin");

        var unlock = await admin.PostAsync($"/api/v1/users/{user.Id}/unlock", null);

        Assert.Equal(HttpStatusCode.OK, unlock.StatusCode);
        await app.SignedInAsync(user.UserName, AccountsTestData.Password);
    }

    [Fact]
    public async Task WeakPasswordGivesVietnameseFieldErrorsFromTheApi()
    {
        var admin = await app.SignedInAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = "weak-pass", fullName = "Mật Khẩu Yếu", organizationId = await app.OrganizationIdAsync("VIETTEL"),
            role = Roles.Member, password = "abc",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors").GetProperty("password").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", errors);
        Assert.Contains("Mật khẩu phải có ít nhất một chữ hoa.", errors);
        Assert.Contains("Mật khẩu phải có ít nhất một chữ số.", errors);
        Assert.False(await app.WithDbAsync(db => Task.FromResult(db.Users.Any(u => u.UserName == "weak-pass"))));
    }

    [Fact]
    public async Task WeakPasswordOnTheCreateFormIsShownBesideTheFieldAndInputIsKept()
    {
        var admin = await app.SignedInAsync("admin");
        var token = await SignIn.AntiforgeryTokenAsync(admin, "/Accounts/Users/Create");
        var response = await admin.PostAsync("/Accounts/Users/Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "weak-form", ["Input.FullName"] = "Nguyễn Văn Thử", ["Input.Role"] = Roles.Member,
            ["Input.OrganizationId"] = (await app.OrganizationIdAsync("VNPT")).ToString(), ["Input.Password"] = "alllowercase1",
            ["__RequestVerificationToken"] = token,
        }));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Mật khẩu phải có ít nhất một chữ hoa.", html);
        Assert.Contains("value=\"Nguyễn Văn Thử\"", html);
    }

    [Fact]
    public async Task UserChangesOwnPasswordOnTheirAccountPage()
    {
        var user = await app.CreateUserAsync(Roles.Viewer, "SKHCN");
        var client = await app.SignedInAsync(user.UserName, AccountsTestData.Password);
        var token = await SignIn.AntiforgeryTokenAsync(client, "/Accounts/Me");

        var response = await client.PostAsync("/Accounts/Me", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = AccountsTestData.Password, ["Input.NewPassword"] = "Brand-New-Passw0rd",
            ["Input.ConfirmPassword"] = "Brand-New-Passw0rd", ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Accounts/Me")).StatusCode);
        await app.SignedInAsync(user.UserName, "Brand-New-Passw0rd");
    }
}

public sealed class LockoutAndPasswordPolicyTestsOnSqlite(OwnSqliteAppFactory app) : LockoutAndPasswordPolicyTests(app), IClassFixture<OwnSqliteAppFactory>;
