using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Audit;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Accounts;

public abstract class ApiKeyTests(AppFactory app)
{
    private static async Task<(Guid Id, string Key)> CreateKeyAsync(HttpClient client, object request)
    {
        var response = await client.PostAsJsonAsync("/api/v1/apikeys", request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.JsonAsync();
        return (body.GetProperty("apiKey").GetProperty("id").GetGuid(), body.GetProperty("key").GetString()!);
    }

    [Fact]
    public async Task OrganisationKeyActsAsAMemberOfItsOrganisation()
    {
        var viettel = await app.SignedInAsync("viettel");
        var (_, key) = await CreateKeyAsync(viettel, new { name = "Máy chủ giám sát", kind = "Organization" });

        var me = await (await app.WithApiKey(key).GetAsync("/api/v1/me")).JsonAsync();

        Assert.Equal("VIETTEL", me.GetProperty("organizationShortName").GetString());
        Assert.Equal(Roles.Member, me.GetProperty("role").GetString());
        Assert.Equal("apiKey", me.GetProperty("authenticatedBy").GetString());
    }

    [Fact]
    public async Task PersonalKeyActsWithTheUsersRights()
    {
        var leader = await app.SignedInAsync("leader");
        var (_, key) = await CreateKeyAsync(leader, new { name = "Báo cáo của tôi", kind = "Personal" });

        var client = app.WithApiKey(key);
        var me = await (await client.GetAsync("/api/v1/me")).JsonAsync();

        Assert.Equal("leader", me.GetProperty("userName").GetString());
        Assert.Equal(Roles.Leader, me.GetProperty("role").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/users")).StatusCode);
    }

    [Fact]
    public async Task AnApiKeyCannotCreateKeysOrUsers()
    {
        var admin = await app.SignedInAsync("admin");
        var (_, key) = await CreateKeyAsync(admin, new { name = "Khóa quản trị", kind = "Personal" });
        var client = app.WithApiKey(key);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/apikeys", new { name = "x", kind = "Personal" })).StatusCode);
        var user = await client.PostAsJsonAsync("/api/v1/users", new
        {
            userName = "from-a-key", fullName = "Khóa Tạo", organizationId = await app.OrganizationIdAsync("VNPT"), role = Roles.Admin, password = AccountsTestData.Password,
        });
        Assert.Equal(HttpStatusCode.Forbidden, user.StatusCode);
    }

    [Fact]
    public async Task CoordinatorCannotCreateACoordinatorRoleKeyButAdminCan()
    {
        var vnpt = await app.OrganizationIdAsync("VNPT");
        var request = new { name = "Khóa điều phối", kind = "Organization", organizationId = vnpt, role = Roles.Coordinator };

        var coordinator = await app.SignedInAsync("coordinator");
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsJsonAsync("/api/v1/apikeys", request)).StatusCode);
        var (_, memberKey) = await CreateKeyAsync(coordinator, new { name = "Khóa thành viên VNPT", kind = "Organization", organizationId = vnpt, role = Roles.Member });

        var (_, key) = await CreateKeyAsync(await app.SignedInAsync("admin"), request);
        Assert.Equal(Roles.Coordinator, (await (await app.WithApiKey(key).GetAsync("/api/v1/me")).JsonAsync()).GetProperty("role").GetString());
        Assert.Equal("VNPT", (await (await app.WithApiKey(memberKey).GetAsync("/api/v1/me")).JsonAsync()).GetProperty("organizationShortName").GetString());
    }

    [Fact]
    public async Task LeaderAndViewerCannotCreateOrganisationKeys()
    {
        foreach (var name in new[] { "leader", "viewer" })
        {
            var client = await app.SignedInAsync(name);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/apikeys", new { name = "x", kind = "Organization" })).StatusCode);
        }
    }

    [Fact]
    public async Task RevokedKeyIsRefusedAt401Immediately()
    {
        var viettel = await app.SignedInAsync("viettel");
        var (id, key) = await CreateKeyAsync(viettel, new { name = "Khóa sẽ thu hồi", kind = "Organization" });
        Assert.Equal(HttpStatusCode.OK, (await app.WithApiKey(key).GetAsync("/api/v1/me")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await viettel.PostAsync($"/api/v1/apikeys/{id}/revoke", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.WithApiKey(key).GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task LastUsedTimeIsRecordedAndKeyIsStoredOnlyAsItsSha256()
    {
        var viettel = await app.SignedInAsync("viettel");
        var (id, key) = await CreateKeyAsync(viettel, new { name = "Khóa đo thời gian", kind = "Organization" });
        await app.WithApiKey(key).GetAsync("/api/v1/me");

        var stored = await app.WithDbAsync(db => db.Set<ApiKey>().AsNoTracking().SingleAsync(k => k.Id == id));
        Assert.NotNull(stored.LastUsedAt);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key))), stored.KeyHash);
        Assert.NotEqual(key, stored.Prefix);
        Assert.False(await app.WithDbAsync(db => db.Set<ApiKey>().AnyAsync(k => k.KeyHash == key || k.Name == key || k.Prefix == key)));
        Assert.False(await app.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.After!.Contains(key))));
        var listed = await viettel.GetStringAsync("/api/v1/apikeys");
        Assert.DoesNotContain(key, listed);
        Assert.Contains(stored.Prefix, listed);
    }

    [Fact]
    public async Task MemberCannotSeeOrRevokeAnotherOrganisationsKeys()
    {
        var vnpt = await app.SignedInAsync("vnpt");
        var (id, _) = await CreateKeyAsync(vnpt, new { name = "Khóa riêng của VNPT", kind = "Organization" });
        var viettel = await app.SignedInAsync("viettel");

        Assert.DoesNotContain("Khóa riêng của VNPT", await viettel.GetStringAsync("/api/v1/apikeys"));
        Assert.DoesNotContain("Khóa riêng của VNPT", WebUtility.HtmlDecode(await viettel.GetStringAsync("/Accounts/ApiKeys")));
        Assert.Equal(HttpStatusCode.NotFound, (await viettel.PostAsync($"/api/v1/apikeys/{id}/revoke", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viettel.DeleteAsync($"/api/v1/apikeys/{id}")).StatusCode);
        var other = await app.OrganizationIdAsync("VNPT");
        Assert.Equal(HttpStatusCode.Forbidden, (await viettel.PostAsJsonAsync("/api/v1/apikeys", new { name = "x", kind = "Organization", organizationId = other })).StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.Set<ApiKey>().Where(k => k.Id == id).Select(k => k.RevokedAt).SingleAsync()));
    }

    [Fact]
    public async Task MemberCannotCreateAViewerKeyThatWouldReadOtherOrganisationsPeople()
    {
        var viettel = await app.SignedInAsync("viettel");
        var response = await viettel.PostAsJsonAsync("/api/v1/apikeys", new { name = "Khóa xem", kind = "Organization", role = Roles.Viewer });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Set<ApiKey>().AnyAsync(k => k.Name == "Khóa xem")));
        Assert.DoesNotContain("value=\"Viewer\"", await viettel.GetStringAsync("/Accounts/ApiKeys"));
    }

    [Fact]
    public async Task TheApiKeysPageShowsANewKeyOnce()
    {
        var viewer = await app.SignedInAsync("viewer");
        var token = await SignIn.AntiforgeryTokenAsync(viewer, "/Accounts/ApiKeys");
        var response = await viewer.PostAsync("/Accounts/ApiKeys?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = "<script>alert('x')</script>", ["Input.Kind"] = "Personal", ["__RequestVerificationToken"] = token,
        }));

        var html = await response.Content.ReadAsStringAsync();
        var key = System.Text.RegularExpressions.Regex.Match(html, "id=\"new-key\"[^>]*value=\"(ts_[^\"]+)\"").Groups[1].Value;
        Assert.StartsWith("ts_", key);
        Assert.DoesNotContain("<script>alert", html);
        Assert.Equal("viewer", (await (await app.WithApiKey(key).GetAsync("/api/v1/me")).JsonAsync()).GetProperty("userName").GetString());
        Assert.DoesNotContain(key, await viewer.GetStringAsync("/Accounts/ApiKeys"));
    }

    [Theory]
    [InlineData("{\"name\":\"\",\"kind\":\"Organization\"}")]
    [InlineData("{\"name\":\"x\",\"kind\":\"Nonsense\"}")]
    [InlineData("{\"name\":\"x\",\"kind\":\"Organization\",\"role\":\"Emperor\"}")]
    [InlineData("{\"name\":\"x\",\"kind\":\"Organization\",\"organizationId\":\"00000000-0000-0000-0000-000000000001\"}")]
    public async Task BadKeyRequestsAre400(string body)
    {
        var admin = await app.SignedInAsync("admin");
        var response = await admin.PostAsync("/api/v1/apikeys", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

public sealed class ApiKeyTestsOnSqlite(SqliteAppFactory app) : ApiKeyTests(app), IClassFixture<SqliteAppFactory>;
