namespace ThongSuot.Shared.Platform;

/// <summary>
/// What lets several app nodes serve as one: the SignalR Redis backplane (when <c>ConnectionStrings:Redis</c> is set), Data
/// Protection keys in the database, and forwarded headers from known proxies only. One machine with SQLite needs none of
/// it configured.
/// </summary>
public static class ScaleOutSetup
{
    public static WebApplicationBuilder AddScaleOut(this WebApplicationBuilder builder)
    {
        builder.Services.AddKeysInDatabase();
        builder.AddRedisBackplane();
        builder.Services.AddKnownProxies(builder.Configuration);
        return builder;
    }
}
