using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Accounts;

public static class AccountsEndpoints
{
    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/me", GetMeAsync).WithTags("Users").RequireAuthorization();

        var users = app.MapGroup("/api/v1/users").WithTags("Users").RequireAuthorization(Policies.Admin);
        users.MapGet("/", async (string? q, UsersService s, CancellationToken ct) => (await s.ListAsync(q, ct)).ToHttp());
        users.MapGet("/{id:guid}", async (Guid id, UsersService s, CancellationToken ct) => (await s.GetAsync(id, ct)).ToHttp());
        users.MapPost("/", async (NewUser input, UsersService s, CancellationToken ct) =>
            (await s.CreateAsync(input, ct)).ToCreated(u => $"/api/v1/users/{u.Id}"));
        users.MapPut("/{id:guid}", async (Guid id, UserChanges input, UsersService s, CancellationToken ct) => (await s.UpdateAsync(id, input, ct)).ToHttp());
        users.MapPost("/{id:guid}/disable", async (Guid id, UsersService s, CancellationToken ct) => (await s.SetDisabledAsync(id, true, ct)).ToHttp());
        users.MapPost("/{id:guid}/enable", async (Guid id, UsersService s, CancellationToken ct) => (await s.SetDisabledAsync(id, false, ct)).ToHttp());
        users.MapPost("/{id:guid}/unlock", async (Guid id, UsersService s, CancellationToken ct) => (await s.UnlockAsync(id, ct)).ToHttp());
        users.MapPost("/{id:guid}/reset-password", async (Guid id, PasswordReset? input, UsersService s, CancellationToken ct) =>
            (await s.ResetPasswordAsync(id, input?.NewPassword, ct)).ToHttp());

        var keys = app.MapGroup("/api/v1/apikeys").WithTags("ApiKeys").RequireAuthorization();
        keys.MapGet("/", async (ApiKeysService s, CancellationToken ct) => TypedResults.Ok(await s.ListAsync(ct)));
        keys.MapPost("/", async (NewApiKey input, ApiKeysService s, CancellationToken ct) =>
            (await s.CreateAsync(input, ct)).ToCreated(k => $"/api/v1/apikeys/{k.ApiKey.Id}"));
        keys.MapPost("/{id:guid}/revoke", async (Guid id, ApiKeysService s, CancellationToken ct) => (await s.RevokeAsync(id, ct)).ToHttp());
        keys.MapDelete("/{id:guid}", async (Guid id, ApiKeysService s, CancellationToken ct) => (await s.RevokeAsync(id, ct)).ToNoContent());
        return app;
    }

    private static async Task<Ok<WhoAmI>> GetMeAsync(CurrentUser me, AppDbContext db, CancellationToken ct)
    {
        var org = await db.Set<Organization>().AsNoTracking().Where(o => o.Id == me.OrganizationId)
            .Select(o => new { o.ShortName, o.Name }).FirstOrDefaultAsync(ct);
        return TypedResults.Ok(new WhoAmI(
            me.UserId, me.UserName, me.FullName, me.OrganizationId, org?.ShortName, org?.Name,
            me.Role, me.Role is { } r ? Roles.Vietnamese(r) : null, me.ApiKeyId,
            me.ApiKeyId is null ? "cookie" : "apiKey"));
    }
}
