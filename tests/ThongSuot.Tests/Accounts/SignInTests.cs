using System.Net;
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
    }

    [Fact]
    public async Task WrongPasswordIsRefusedWithAVietnameseMessage()
    {
        var response = await SignIn.PostLoginAsync(app.Anonymous(), "leader", "wrong-password");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
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

public sealed class SignInTestsOnPostgres(PostgresAppFactory app) : SignInTests(app), IClassFixture<PostgresAppFactory>;
