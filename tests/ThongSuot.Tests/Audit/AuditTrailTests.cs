using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Audit;
using ThongSuot.Tests.Accounts;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Audit;

public abstract class AuditTrailTests(AppFactory app)
{
    private Task<AuditEntry> LatestAsync(Guid entityId, AuditAction action) =>
        app.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.EntityId == entityId.ToString() && e.Action == action).OrderByDescending(e => e.At).ThenByDescending(e => e.Id).FirstAsync());

    [Fact]
    public async Task AnUpdateRecordsOnlyTheChangedFieldsWithWhoAndFromWhere()
    {
        var user = await app.CreateUserAsync(Roles.Member, "VIETTEL");
        var admin = await app.SignedInAsync("admin");

        var response = await admin.PutAsJsonAsync($"/api/v1/users/{user.Id}", new
        {
            fullName = "Tên Đã Sửa", organizationId = user.OrganizationId, role = Roles.Member,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var entry = await LatestAsync(user.Id, AuditAction.Update);
        var before = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(entry.Before!)!;
        var after = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(entry.After!)!;
        Assert.Equal("Người Thử Nghiệm", before["FullName"].GetString());
        Assert.Equal("Tên Đã Sửa", after["FullName"].GetString());
        Assert.DoesNotContain("UserName", before.Keys);
        Assert.DoesNotContain("Email", after.Keys);
        Assert.All(before.Keys, k => Assert.Contains(k, new[] { "FullName", "ConcurrencyStamp" }));
        Assert.Equal("admin", entry.UserName);
        Assert.Equal(FixedRemoteAddress.Address, entry.IpAddress);
        Assert.Equal(nameof(AppUser), entry.EntityType);
    }

    [Fact]
    public async Task SecretsAreMaskedInTheAudit()
    {
        var user = await app.CreateUserAsync();
        var admin = await app.SignedInAsync("admin");
        await admin.PostAsJsonAsync($"/api/v1/users/{user.Id}/reset-password", new { newPassword = "Another-Passw0rd-9" });

        var entry = await app.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking()
            .FirstAsync(e => e.EntityId == user.Id.ToString() && e.Action == AuditAction.Update && e.After!.Contains("PasswordHash")));
        var after = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(entry.After!)!;
        Assert.Equal("***", after["PasswordHash"].GetString());
        Assert.Equal("***", JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(entry.Before!)!["PasswordHash"].GetString());
        Assert.DoesNotContain("AQAAAA", entry.After + entry.Before);
        var created = await LatestAsync(user.Id, AuditAction.Create);
        Assert.Equal("***", JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(created.After!)!["PasswordHash"].GetString());
    }

    [Fact]
    public async Task AuditRowsCannotBeChangedOrDeletedThroughTheDbContext()
    {
        await app.CreateUserAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThongSuot.Data.AppDbContext>();
        var entry = await db.Set<AuditEntry>().OrderBy(e => e.At).FirstAsync();

        entry.UserName = "kẻ xóa dấu vết";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        db.Remove(await db.Set<AuditEntry>().FirstAsync(e => e.Id == entry.Id));
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.NotEqual("kẻ xóa dấu vết", await app.WithDbAsync(d => d.Set<AuditEntry>().Where(e => e.Id == entry.Id).Select(e => e.UserName).SingleAsync()));
    }

    [Fact]
    public async Task RawSqlUpdateOrDeleteOnAuditRowsIsRefusedByTheDatabase()
    {
        await app.CreateUserAsync();
        var count = await app.WithDbAsync(db => db.Set<AuditEntry>().CountAsync());

        await Assert.ThrowsAnyAsync<Exception>(() => app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"UserName\" = 'x'")));
        await Assert.ThrowsAnyAsync<Exception>(() => app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\"")));

        Assert.Equal(count, await app.WithDbAsync(db => db.Set<AuditEntry>().CountAsync()));
        Assert.False(await app.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.UserName == "x")));
    }

    [Fact]
    public async Task TheAuditPageFiltersByEntityActionUserAndText()
    {
        var user = await app.CreateUserAsync(Roles.Viewer, "SKHCN");
        var admin = await app.SignedInAsync("admin");
        await admin.PutAsJsonAsync($"/api/v1/users/{user.Id}", new { fullName = "Trần Thị Kiểm Toán", organizationId = user.OrganizationId, role = Roles.Viewer });

        var updates = WebUtility.HtmlDecode(await admin.GetStringAsync($"/Audit?type=AppUser&id={user.Id}&action=Update&user=admin"));
        Assert.Contains("Trần Thị Kiểm Toán", updates);
        Assert.Contains(">Sửa<", updates);
        Assert.Contains("1 bản ghi", updates);

        var deletes = WebUtility.HtmlDecode(await admin.GetStringAsync($"/Audit?id={user.Id}&action=Delete"));
        Assert.Contains("0 bản ghi", deletes);
        var byText = WebUtility.HtmlDecode(await admin.GetStringAsync("/Audit?q=Kiểm Toán"));
        Assert.Contains(user.Id.ToString(), byText);
        var today = ThongSuot.Shared.TimeDisplay.ToVietnam(DateTime.UtcNow).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(user.Id.ToString(), WebUtility.HtmlDecode(await admin.GetStringAsync($"/Audit?id={user.Id}&from={today}&to={today}")));
        Assert.Contains("0 bản ghi", WebUtility.HtmlDecode(await admin.GetStringAsync($"/Audit?id={user.Id}&to=01/01/2020")));
    }

    [Theory]
    [InlineData("/Audit?from=32/13/2026")]
    [InlineData("/Audit?action=Truncate&p=abc")]
    [InlineData("/Audit?q=%27%3B%20DROP%20TABLE%20%22AuditEntries%22%3B--&p=99999")]
    public async Task BadAuditFiltersDoNotBreakThePage(string url)
    {
        var admin = await app.SignedInAsync("admin");
        var response = await admin.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TheAuditApiSearchesWithTheSameFiltersAndIsAdminOnly()
    {
        var user = await app.CreateUserAsync();
        var admin = await app.SignedInAsync("admin");

        var body = await (await admin.GetAsync($"/api/v1/audit?entityId={user.Id}&action=Create")).JsonAsync();
        Assert.Equal(1, body.GetProperty("total").GetInt32());
        var item = body.GetProperty("items")[0];
        Assert.Equal("Create", item.GetProperty("action").GetString());
        Assert.Contains(item.GetProperty("changes").EnumerateArray(), c => c.GetProperty("field").GetString() == "UserName" && c.GetProperty("after").GetString() == user.UserName);

        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/v1/audit?from=not-a-date")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/v1/audit?action=Erase")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync("coordinator")).GetAsync("/api/v1/audit")).StatusCode);
        var page = await (await app.SignedInAsync("viettel")).GetAsync("/Audit");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Fact]
    public async Task TheAuditPageIsAvailableInEnglish()
    {
        var admin = await app.SignedInAsync("admin");
        var html = await admin.GetStringAsync("/Audit?culture=en-US&action=Create");
        Assert.Contains("Audit log", html);
        Assert.Contains(">Create<", html);
    }

    [Fact]
    public async Task ThereIsNoRouteThatChangesAuditRows()
    {
        var admin = await app.SignedInAsync("admin");
        var id = await app.WithDbAsync(db => db.Set<AuditEntry>().Select(e => e.Id).FirstAsync());
        foreach (var method in new[] { HttpMethod.Delete, HttpMethod.Put, HttpMethod.Patch, HttpMethod.Post })
        {
            var response = await admin.SendAsync(new HttpRequestMessage(method, $"/api/v1/audit/{id}"));
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"{method}: {response.StatusCode}");
        }
    }
}

/// <summary>The test server has no client address; this gives every request one, so the audit's IP can be checked.</summary>
public sealed class FixedRemoteAddress : IStartupFilter
{
    public const string Address = "203.0.113.7";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((ctx, nextMiddleware) =>
        {
            ctx.Connection.RemoteIpAddress = IPAddress.Parse(Address);
            return nextMiddleware(ctx);
        });
        next(app);
    };
}

public sealed class AuditSqliteAppFactory() : AppFactory(DbProvider.Sqlite)
{
    protected override void ConfigureTestServices(IServiceCollection services) => services.AddTransient<IStartupFilter, FixedRemoteAddress>();
}

public sealed class AuditPostgresAppFactory() : AppFactory(DbProvider.Postgres)
{
    protected override void ConfigureTestServices(IServiceCollection services) => services.AddTransient<IStartupFilter, FixedRemoteAddress>();
}

public sealed class AuditTrailTestsOnSqlite(AuditSqliteAppFactory app) : AuditTrailTests(app), IClassFixture<AuditSqliteAppFactory>;

public sealed class AuditTrailTestsOnPostgres(AuditPostgresAppFactory app) : AuditTrailTests(app), IClassFixture<AuditPostgresAppFactory>;
