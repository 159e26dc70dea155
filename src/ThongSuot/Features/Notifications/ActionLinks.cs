using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThongSuot.Data;
using ThongSuot.Shared;

namespace ThongSuot.Features.Notifications;

/// <summary>
/// Performs one kind of action-link action. Registered with services.AddScoped&lt;IActionLinkHandler, X&gt;() by the
/// feature that owns the target (incidents: "incident.acknowledge").
/// </summary>
public interface IActionLinkHandler
{
    string Purpose { get; }
    /// <summary>What pressing the button will do, in Vietnamese; null when the target no longer exists.</summary>
    Task<string?> DescribeAsync(AppDbContext db, Guid targetId, CancellationToken ct);
    /// <summary>Makes the change on <paramref name="db"/> without saving (the link's use is saved with it); returns what was done.</summary>
    Task<ServiceResult<string>> PerformAsync(AppDbContext db, Guid targetId, CancellationToken ct);
}

public enum ActionLinkState { Ready, Done, NotFound, Used, Expired, Refused }

public sealed record ActionLinkOutcome(ActionLinkState State, string Message);

/// <summary>
/// Issues signed, single-use, expiring links and uses them. The token is 256 random bits in the URL; only its SHA-256
/// is stored, so the table cannot be turned back into working links. Using a link marks it used in the same
/// SaveChanges as the action, guarded by a concurrency token: the second use is refused, even when simultaneous.
/// </summary>
public sealed class ActionLinks(TimeProvider clock, IOptionsMonitor<NotificationsOptions> options, IEnumerable<IActionLinkHandler> handlers)
{
    public const string NotFoundMessage = "Liên kết không tồn tại hoặc không còn hiệu lực.";

    /// <summary>Adds the link to the caller's unit of work and returns its absolute URL, for an e-mail or SMS.</summary>
    public string Issue(AppDbContext db, string purpose, Guid targetId, TimeSpan lifetime, Guid? organizationId = null)
    {
        if (handlers.All(h => h.Purpose != purpose)) throw new ArgumentException($"No action-link handler for '{purpose}'.", nameof(purpose));
        var token = SecretToken.New();
        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(new ActionLink { TokenHash = Hash(token), Purpose = purpose, TargetId = targetId, OrganizationId = organizationId, CreatedAt = now, ExpiresAt = now + lifetime });
        return $"{options.CurrentValue.PublicBaseUrl.TrimEnd('/')}/a/{token}";
    }

    public async Task<ActionLinkOutcome> PreviewAsync(AppDbContext db, string? token, CancellationToken ct)
    {
        var (link, handler, refusal) = await FindAsync(db, token, ct);
        if (refusal is not null) return refusal;
        var description = await handler!.DescribeAsync(db, link!.TargetId, ct);
        return description is null ? NotFound : new ActionLinkOutcome(ActionLinkState.Ready, description);
    }

    public async Task<ActionLinkOutcome> UseAsync(AppDbContext db, string? token, CancellationToken ct)
    {
        var (link, handler, refusal) = await FindAsync(db, token, ct);
        if (refusal is not null) return refusal;
        var result = await handler!.PerformAsync(db, link!.TargetId, ct);
        if (result.Error is { } error)
            return error.Kind == ServiceErrorKind.NotFound ? NotFound : new ActionLinkOutcome(ActionLinkState.Refused, error.Message);
        link.UsedAt = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Used;
        }
        return new ActionLinkOutcome(ActionLinkState.Done, result.Value!);
    }

    private static readonly ActionLinkOutcome NotFound = new(ActionLinkState.NotFound, NotFoundMessage);
    private static readonly ActionLinkOutcome Used = new(ActionLinkState.Used, "Liên kết này đã được sử dụng.");

    private async Task<(ActionLink?, IActionLinkHandler?, ActionLinkOutcome?)> FindAsync(AppDbContext db, string? token, CancellationToken ct)
    {
        // Malformed tokens never reach the database, and every miss gets the same answer.
        if (token is not { Length: 43 } || token.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))) return (null, null, NotFound);
        var hash = Hash(token);
        var link = await db.Set<ActionLink>().FirstOrDefaultAsync(l => l.TokenHash == hash, ct);
        var handler = link is null ? null : handlers.FirstOrDefault(h => h.Purpose == link.Purpose);
        if (link is null || handler is null) return (null, null, NotFound);
        if (link.UsedAt is not null) return (link, handler, Used);
        if (link.ExpiresAt <= clock.GetUtcNow().UtcDateTime) return (link, handler, new ActionLinkOutcome(ActionLinkState.Expired, "Liên kết đã hết hạn."));
        return (link, handler, null);
    }

    public static string Hash(string token) => SecretToken.Hash(token);
}
