using ThongSuot.Shared;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThongSuot.Data;

namespace ThongSuot.Features.Accounts;

/// <summary>Authenticates <c>X-Api-Key</c>: looks the key up by its SHA-256, then acts as the organisation's role or as the key's user.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    AppDbContext db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    /// <summary>Last-used time is written at most this often per key, so a busy client does not write on every call.</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    /// <summary>Every API call runs this lookup: compiled once, so EF does not translate or look up the query each time.</summary>
    private static readonly CompiledQuery<Func<AppDbContext, string, CancellationToken, Task<ApiKey?>>> KeyByHash = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, string hash, CancellationToken ct) => db.Set<ApiKey>().AsNoTracking().FirstOrDefault(k => k.KeyHash == hash)));

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values)) return AuthenticateResult.NoResult();
        var presented = values.ToString();
        if (string.IsNullOrWhiteSpace(presented) || presented.Length > 200) return AuthenticateResult.Fail("Khóa API không hợp lệ.");

        var hash = ApiKeySecret.Hash(presented);
        var key = await KeyByHash.For(db)(db, hash, Context.RequestAborted);
        if (key is null || !key.IsActive) return AuthenticateResult.Fail("Khóa API không hợp lệ hoặc đã bị thu hồi.");

        var claims = new List<Claim> { new(AppClaims.ApiKeyId, key.Id.ToString()) };
        if (key.UserId is { } userId)
        {
            var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new { u.Id, u.UserName, u.FullName, u.OrganizationId, u.IsDisabled }).FirstOrDefaultAsync(Context.RequestAborted);
            if (user is null || user.IsDisabled) return AuthenticateResult.Fail("Người dùng của khóa API đã bị khóa.");
            var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
                               where ur.UserId == userId select r.Name).ToListAsync(Context.RequestAborted);
            claims.Add(new(ClaimTypes.NameIdentifier, user.Id.ToString()));
            claims.Add(new(ClaimTypes.Name, user.UserName ?? ""));
            claims.Add(new(AppClaims.FullName, user.FullName));
            claims.Add(new(AppClaims.OrganizationId, user.OrganizationId.ToString()));
            claims.AddRange(roles.Where(r => r is not null).Select(r => new Claim(ClaimTypes.Role, r!)));
        }
        else
        {
            claims.Add(new(ClaimTypes.Name, "api-key:" + key.Name));
            claims.Add(new(AppClaims.OrganizationId, key.OrganizationId.ToString()));
            claims.Add(new(ClaimTypes.Role, key.Role ?? Roles.Member));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (key.LastUsedAt is null || now - key.LastUsedAt > LastUsedResolution)
        {
            // Usage bookkeeping, not a change of data: written directly, without an audit entry.
            await db.Set<ApiKey>().Where(k => k.Id == key.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), Context.RequestAborted);
        }

        var identity = new ClaimsIdentity(claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }
}

public static class ApiKeySecret
{
    /// <summary>A new key: 256 random bits, URL-safe, with a "ts_" prefix so leaked keys are recognisable.</summary>
    public static string Generate() => SecretToken.New("ts_");

    public static string Hash(string key) => SecretToken.Hash(key);

    public static string PrefixOf(string key) => key[..Math.Min(10, key.Length)];
}
