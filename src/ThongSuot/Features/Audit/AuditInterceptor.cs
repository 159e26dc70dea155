using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Organizations;

namespace ThongSuot.Features.Audit;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every added, modified or deleted entity in the same SaveChanges,
/// so the change and its audit row commit or fail together. Set-based ExecuteUpdate/ExecuteDelete bypass it:
/// do not use them on audited entities.
/// </summary>
public sealed class AuditInterceptor(IHttpContextAccessor http, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly HashSet<string> Secret = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "KeyHash", "Secret", "TokenHash"];
    private static readonly HashSet<string> Noise = ["SearchText", "UpdatedAt"];
    /// <summary>Vietnamese stays readable (and searchable with the audit page's free text) instead of \uXXXX escapes.</summary>
    internal static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddAuditEntries(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddAuditEntries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void AddAuditEntries(DbContext? context)
    {
        if (context is null) return;
        context.ChangeTracker.DetectChanges();
        var actor = AuditActor.From(http.HttpContext);
        var now = clock.GetUtcNow().UtcDateTime;
        var entries = new List<AuditEntry>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry)
            {
                if (entry.State is EntityState.Modified or EntityState.Deleted)
                    throw new InvalidOperationException("Nhật ký kiểm toán chỉ được ghi thêm, không được sửa hoặc xóa.");
                continue;
            }
            if (entry.Entity is INotAudited or Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey) continue;
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Create,
                EntityState.Modified => AuditAction.Update,
                EntityState.Deleted => AuditAction.Delete,
                _ => (AuditAction?)null,
            };
            if (action is null) continue;
            var (before, after) = Values(entry, action.Value);
            if (action == AuditAction.Update && before.Count == 0) continue;
            entries.Add(new AuditEntry
            {
                At = now,
                UserId = actor.UserId,
                UserName = actor.UserName,
                ApiKeyId = actor.ApiKeyId,
                IpAddress = actor.IpAddress,
                Action = action.Value,
                EntityType = EntityName(entry.Metadata),
                EntityId = KeyOf(entry),
                OrganizationId = OrganizationOf(entry),
                Before = before.Count == 0 ? null : JsonSerializer.Serialize(before, Json),
                After = after.Count == 0 ? null : JsonSerializer.Serialize(after, Json),
            });
        }
        context.AddRange(entries);
    }

    private static (Dictionary<string, object?> Before, Dictionary<string, object?> After) Values(EntityEntry entry, AuditAction action)
    {
        var before = new Dictionary<string, object?>();
        var after = new Dictionary<string, object?>();
        foreach (var p in entry.Properties)
        {
            var name = p.Metadata.Name;
            if (Noise.Contains(name)) continue;
            if (action == AuditAction.Update && !p.IsModified) continue;
            if (action == AuditAction.Update && Equals(p.OriginalValue, p.CurrentValue)) continue;
            var secret = Secret.Contains(name);
            if (action != AuditAction.Create) before[name] = secret ? "***" : p.OriginalValue;
            if (action != AuditAction.Delete) after[name] = secret ? "***" : p.CurrentValue;
        }
        return (before, after);
    }

    /// <summary>The name audit rows use for an entity type; Identity's generic types (IdentityUserRole`1…) go by their table.</summary>
    public static string EntityName(Microsoft.EntityFrameworkCore.Metadata.IEntityType type) =>
        type.ClrType.IsGenericType ? type.GetTableName() ?? type.ClrType.Name : type.ClrType.Name;

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null) return "";
        return string.Join("|", key.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString() ?? ""));
    }

    private static Guid? OrganizationOf(EntityEntry entry) => entry.Entity switch
    {
        Organization o => o.Id,
        AppUser u => u.OrganizationId,
        _ => entry.Metadata.FindProperty("OrganizationId") is { } p ? entry.Property(p.Name).CurrentValue as Guid? : null,
    };
}

/// <summary>Who made a change: the signed-in user or API key, or a named system actor (CLI, seeding).</summary>
public sealed record AuditActor(Guid? UserId, string? UserName, Guid? ApiKeyId, string? IpAddress)
{
    private static readonly AsyncLocal<string?> SystemName = new();

    /// <summary>Names the actor for work done outside a request, e.g. a CLI verb.</summary>
    public static IDisposable AsSystem(string name)
    {
        var previous = SystemName.Value;
        SystemName.Value = name;
        return new Restore(() => SystemName.Value = previous);
    }

    public static AuditActor From(HttpContext? context)
    {
        if (context is null) return new(null, SystemName.Value ?? "system", null, null);
        var user = context.User;
        Guid? userId = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var u) ? u : null;
        Guid? keyId = Guid.TryParse(user.FindFirstValue(AppClaims.ApiKeyId), out var k) ? k : null;
        var name = user.Identity?.Name ?? (keyId is null ? null : "api-key");
        return new(userId, name, keyId, context.Connection.RemoteIpAddress?.ToString());
    }

    private sealed class Restore(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
