using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThongSuot.Data;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Organizations;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Accounts;

/// <summary>Arranges users and keys straight through the services (as the CLI does), so tests stay independent of demo users' state.</summary>
internal static class AccountsTestData
{
    public const string Password = "Test-Passw0rd-2026";

    public static Task<Guid> OrganizationIdAsync(this AppFactory app, string shortName) =>
        app.WithDbAsync(db => db.Set<Organization>().Where(o => o.ShortName == shortName).Select(o => o.Id).FirstAsync());

    public static async Task<UserRow> CreateUserAsync(this AppFactory app, string role = Roles.Member, string org = "VIETTEL", string? userName = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var input = new NewUser
        {
            UserName = userName ?? "u-" + Guid.NewGuid().ToString("N")[..10], FullName = "Người Thử Nghiệm",
            Role = role, OrganizationId = await app.OrganizationIdAsync(org), Password = Password,
        };
        var result = await scope.ServiceProvider.GetRequiredService<UsersService>().CreateUncheckedAsync(input, default);
        return result.Value ?? throw new InvalidOperationException(result.Error!.Message);
    }

    /// <summary>A personal key for a user, issued directly.</summary>
    public static async Task<string> PersonalKeyAsync(this AppFactory app, Guid userId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var orgId = await db.Users.Where(u => u.Id == userId).Select(u => u.OrganizationId).FirstAsync();
        var created = await ApiKeysService.IssueAsync(db, TimeProvider.System, "test key", orgId, userId, null, null, default);
        return created.Key;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>())!;
}
