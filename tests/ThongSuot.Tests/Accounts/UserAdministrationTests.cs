using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ThongSuot.Features.Accounts;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Accounts;

public abstract class UserAdministrationTests(AppFactory app)
{
    [Fact]
    public async Task AdminCreatesAUserOnTheFormWhoCanThenSignIn()
    {
        var admin = await app.SignedInAsync("admin");
        var token = await SignIn.AntiforgeryTokenAsync(admin, "/Accounts/Users/Create");
        var response = await admin.PostAsync("/Accounts/Users/Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "mobifone.trucban", ["Input.FullName"] = "Đỗ Thị Trực Ban", ["Input.Role"] = Roles.Member,
            ["Input.OrganizationId"] = (await app.OrganizationIdAsync("VNPT")).ToString(), ["Input.Password"] = AccountsTestData.Password,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var client = await app.SignedInAsync("mobifone.trucban", AccountsTestData.Password);
        var me = await (await client.GetAsync("/api/v1/me")).JsonAsync();
        Assert.Equal("VNPT", me.GetProperty("organizationShortName").GetString());
        Assert.Equal(Roles.Member, me.GetProperty("role").GetString());

        var list = WebUtility.HtmlDecode(await admin.GetStringAsync("/Accounts/Users?q=truc ban"));
        Assert.Contains("mobifone.trucban", list);
        Assert.Contains("Thành viên đơn vị", list);
        Assert.DoesNotContain(">viettel<", list);
    }

    [Fact]
    public async Task DisabledUserCannotSignInAndTheirExistingCookieStopsWorking()
    {
        // Check the security stamp on every request, as production does every minute.
        await using var strict = app.WithWebHostBuilder(b => b.ConfigureServices(s =>
            s.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero)));
        var user = await app.CreateUserAsync(Roles.Leader, "SKHCN");
        var cookieClient = await SignIn.AsAsync(strict.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), user.UserName, AccountsTestData.Password);
        Assert.Equal(HttpStatusCode.OK, (await cookieClient.GetAsync("/api/v1/me")).StatusCode);
        var key = await app.PersonalKeyAsync(user.Id);
        Assert.Equal(HttpStatusCode.OK, (await app.WithApiKey(key).GetAsync("/api/v1/me")).StatusCode);

        var admin = await app.SignedInAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/users/{user.Id}/disable", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await cookieClient.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.WithApiKey(key).GetAsync("/api/v1/me")).StatusCode);
        var signIn = await SignIn.PostLoginAsync(app.Anonymous(), user.UserName, AccountsTestData.Password);
        Assert.Contains("vô hiệu hóa", WebUtility.HtmlDecode(await signIn.Content.ReadAsStringAsync()));

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/users/{user.Id}/enable", null)).StatusCode);
        await app.SignedInAsync(user.UserName, AccountsTestData.Password);
    }

    [Fact]
    public async Task AdminResetsAPasswordWithAGeneratedOneShownOnce()
    {
        var user = await app.CreateUserAsync();
        var admin = await app.SignedInAsync("admin");

        var response = await admin.PostAsJsonAsync($"/api/v1/users/{user.Id}/reset-password", new { newPassword = (string?)null });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var generated = (await response.JsonAsync()).GetProperty("generatedPassword").GetString()!;
        await app.SignedInAsync(user.UserName, generated);
        var old = await SignIn.PostLoginAsync(app.Anonymous(), user.UserName, AccountsTestData.Password);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
    }

    [Fact]
    public async Task AdminResetsAPasswordToAChosenOneOnTheEditPage()
    {
        var user = await app.CreateUserAsync();
        var admin = await app.SignedInAsync("admin");
        var token = await SignIn.AntiforgeryTokenAsync(admin, $"/Accounts/Users/Edit/{user.Id}");

        var response = await admin.PostAsync($"/Accounts/Users/Edit/{user.Id}?handler=ResetPassword", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["NewPassword"] = "Chosen-Passw0rd-1", ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await app.SignedInAsync(user.UserName, "Chosen-Passw0rd-1");
    }

    [Theory]
    [InlineData("viettel")]
    [InlineData("coordinator")]
    public async Task NonAdminIsRefusedUserManagement(string userName)
    {
        var client = await app.SignedInAsync(userName);

        var page = await client.GetAsync("/Accounts/Users");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Accounts/AccessDenied", page.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/users", new { userName = "x" })).StatusCode);
    }

    [Fact]
    public async Task AdminCannotDisableOrDemoteThemselves()
    {
        var admin = await app.SignedInAsync("admin");
        var me = await (await admin.GetAsync("/api/v1/me")).JsonAsync();
        var id = me.GetProperty("userId").GetGuid();

        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"/api/v1/users/{id}/disable", null)).StatusCode);
        var demote = await admin.PutAsJsonAsync($"/api/v1/users/{id}", new
        {
            fullName = "Quản trị hệ thống", organizationId = me.GetProperty("organizationId").GetGuid(), role = Roles.Viewer,
        });
        Assert.Equal(HttpStatusCode.Conflict, demote.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True(await users.IsInRoleAsync((await users.FindByIdAsync(id.ToString()))!, Roles.Admin));
    }

    [Fact]
    public async Task AdminChangesRoleAndOrganisationThroughTheApi()
    {
        var user = await app.CreateUserAsync(Roles.Member, "VIETTEL");
        var admin = await app.SignedInAsync("admin");

        var response = await admin.PutAsJsonAsync($"/api/v1/users/{user.Id}", new
        {
            fullName = "Người Đã Chuyển", organizationId = await app.OrganizationIdAsync("VNPT"), role = Roles.Coordinator,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = await (await admin.GetAsync($"/api/v1/users/{user.Id}")).JsonAsync();
        Assert.Equal("VNPT", row.GetProperty("organizationShortName").GetString());
        Assert.Equal(Roles.Coordinator, row.GetProperty("role").GetString());
        Assert.Equal("Người Đã Chuyển", row.GetProperty("fullName").GetString());
    }

    [Theory]
    [InlineData("{\"userName\":\"\",\"fullName\":\"\",\"organizationId\":\"00000000-0000-0000-0000-000000000000\",\"role\":\"Boss\",\"password\":\"x\"}")]
    [InlineData("{\"userName\":\"<script>alert(1)</script>\",\"fullName\":\"x\",\"organizationId\":\"00000000-0000-0000-0000-000000000000\",\"role\":\"Member\",\"password\":\"Good-Passw0rd-1\"}")]
    [InlineData("{\"userName\":42,\"fullName\":[],\"role\":null}")]
    [InlineData("not json")]
    public async Task BadUserInputIsA400NotA500(string body)
    {
        var admin = await app.SignedInAsync("admin");
        var response = await admin.PostAsync("/api/v1/users", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AccountPagesAreAvailableInEnglish()
    {
        var admin = await app.SignedInAsync("admin");
        Assert.Contains("Create user", await admin.GetStringAsync("/Accounts/Users?culture=en-US"));
        Assert.Contains("Create an API key", await admin.GetStringAsync("/Accounts/ApiKeys?culture=en-US"));
        Assert.Contains("Change password", await admin.GetStringAsync("/Accounts/Me?culture=en-US"));
    }

    [Fact]
    public async Task UnknownUserIsA404()
    {
        var admin = await app.SignedInAsync("admin");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/users/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/Accounts/Users/Edit/{Guid.NewGuid()}")).StatusCode);
    }
}

public sealed class UserAdministrationTestsOnSqlite(OwnSqliteAppFactory app) : UserAdministrationTests(app), IClassFixture<OwnSqliteAppFactory>;
