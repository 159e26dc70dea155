using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ThongSuot.Features.Accounts;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Accounts;

public abstract class SignInTests(AppFactory app)
{
    [Theory]
    [InlineData("admin")]
    [InlineData("coordinator")]
    [InlineData("leader")]
    [InlineData("viewer")]
    [InlineData("viettel")]
    [InlineData("vnpt")]
    public async Task DemoUserSignsInAndSeesTheOverview(string userName)
    {
        var client = await app.SignedInAsync(userName);
        var html = await client.GetStringAsync("/");
        Assert.Contains("Tổng quan", html);
        Assert.Contains(userName, html);
        // The demo's Tết 2027 campaign is active and counted on the overview.
        Assert.Contains("data-testid=\"count-active-campaigns\">1<", html);
    }

    [Fact]
    public async Task WrongPasswordIsRefusedWithAVietnameseMessage()
    {
        var response = await SignIn.PostLoginAsync(app.Anonymous(), "leader", "wrong-password");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task ADisabledAccountIsNotRevealedToSomeoneWithoutItsPassword()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var viettel = await users.FindByNameAsync("viettel");
            var user = new AppUser { UserName = "nghi-huu", FullName = "Người Đã Nghỉ", OrganizationId = viettel!.OrganizationId, IsDisabled = true };
            Assert.True((await users.CreateAsync(user, AppFactory.DemoPassword)).Succeeded);
        }

        var wrong = WebUtility.HtmlDecode(await (await SignIn.PostLoginAsync(app.Anonymous(), "nghi-huu", "Sai-Mat-Khau-1")).Content.ReadAsStringAsync());
        var right = WebUtility.HtmlDecode(await (await SignIn.PostLoginAsync(app.Anonymous(), "nghi-huu", AppFactory.DemoPassword)).Content.ReadAsStringAsync());

        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", wrong);
        Assert.DoesNotContain("vô hiệu hóa", wrong);
        Assert.Contains("Tài khoản đã bị vô hiệu hóa", right);
    }

    [Fact]
    public async Task AnonymousPageRequestIsSentToSignIn()
    {
        var response = await app.Anonymous().GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Accounts/Login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task AnonymousApiRequestGets401NotARedirect()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/organizations");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task HealthEndpointsAnswerWithoutSignIn()
    {
        var client = app.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal("Healthy", await client.GetStringAsync("/health/ready"));
    }
}

public sealed class SignInTestsOnSqlite(SqliteAppFactory app) : SignInTests(app), IClassFixture<SqliteAppFactory>;
