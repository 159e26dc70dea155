using System.Net;
using ThongSuot.Features.Accounts;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Accounts;

/// <summary>Runs the built app's CLI verbs as a child process against the test app's database.</summary>
public abstract class AccountsCliTests(AppFactory app)
{
    private async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var (exitCode, stderr, stdout) = await CliProcess.RunAsync(app.Database, args);
        return (exitCode, stdout, stderr);
    }

    [Fact]
    public async Task CreateUserMakesAUserWhoCanSignIn()
    {
        var (code, _, stderr) = await RunAsync("create-user", "--username", "cli.user", "--password", AccountsTestData.Password, "--role", "Coordinator", "--org", "skhcn", "--full-name", "Vũ Văn Dòng Lệnh");

        Assert.True(code == 0, stderr);
        var client = await app.SignedInAsync("cli.user", AccountsTestData.Password);
        var me = await (await client.GetAsync("/api/v1/me")).JsonAsync();
        Assert.Equal(Roles.Coordinator, me.GetProperty("role").GetString());
        Assert.Equal("Vũ Văn Dòng Lệnh", me.GetProperty("fullName").GetString());
    }

    [Theory]
    [InlineData("create-user", "--username", "bad.role", "--password", "Test-Passw0rd-2026", "--role", "Emperor", "--org", "VIETTEL")]
    [InlineData("create-user", "--username", "bad.org", "--password", "Test-Passw0rd-2026", "--role", "Member", "--org", "NOWHERE")]
    [InlineData("create-user", "--username", "bad.pass", "--password", "short", "--role", "Member", "--org", "VIETTEL")]
    [InlineData("create-api-key", "--org", "VIETTEL", "--role", "Emperor", "--name", "x")]
    [InlineData("create-api-key", "--org", "VIETTEL", "--user", "viettel", "--name", "x")]
    [InlineData("create-api-key", "--name", "x")]
    [InlineData("create-api-key", "--user", "nobody", "--name", "x")]
    public async Task BadArgumentsExitWithOneAndPrintNothingOnStdout(params string[] args)
    {
        var (code, stdout, stderr) = await RunAsync(args);
        Assert.Equal(1, code);
        Assert.Equal("", stdout.Trim());
        Assert.NotEqual("", stderr.Trim());
    }

    [Fact]
    public async Task CreateApiKeyPrintsOnlyAWorkingOrganisationKey()
    {
        var (code, stdout, stderr) = await RunAsync("create-api-key", "--org", "VNPT", "--name", "Trạm giám sát");

        Assert.True(code == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var key = Assert.Single(lines).Trim();
        var me = await app.WithApiKey(key).GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        var body = await me.JsonAsync();
        Assert.Equal("VNPT", body.GetProperty("organizationShortName").GetString());
        Assert.Equal(Roles.Member, body.GetProperty("role").GetString());
    }

    [Fact]
    public async Task CreateApiKeyForAUserActsAsThatUser()
    {
        var (code, stdout, stderr) = await RunAsync("create-api-key", "--user", "leader", "--name", "Báo cáo tự động");

        Assert.True(code == 0, stderr);
        var body = await (await app.WithApiKey(stdout.Trim()).GetAsync("/api/v1/me")).JsonAsync();
        Assert.Equal("leader", body.GetProperty("userName").GetString());
    }
}

public sealed class AccountsCliTestsOnSqlite(SqliteAppFactory app) : AccountsCliTests(app), IClassFixture<SqliteAppFactory>;
