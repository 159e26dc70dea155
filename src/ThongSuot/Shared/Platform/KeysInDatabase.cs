using Microsoft.AspNetCore.DataProtection;
using ThongSuot.Data;

namespace ThongSuot.Shared.Platform;

/// <summary>
/// The Data Protection key ring (it signs the sign-in cookie and the antiforgery tokens) lives in the database every node
/// shares, under one application name, so a cookie issued by one node is read by any other and survives a redeploy.
/// </summary>
public static class KeysInDatabase
{
    /// <summary>Fixed, not derived from the content root: nodes installed in different folders must share one key ring.</summary>
    public const string ApplicationName = "ThongSuot";

    public static IServiceCollection AddKeysInDatabase(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<AppDbContext>();
        return services;
    }

    /// <summary>
    /// Creates the first key at start-up (after the migrations), not inside the first request that protects something:
    /// a request then never writes a key row as a side effect.
    /// </summary>
    public static void EnsureKeyRing(IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("ThongSuot.KeyRing").Protect([0]);
}
