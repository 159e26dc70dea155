using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using StackExchange.Redis;
using ThongSuot.Data;

namespace ThongSuot.Shared.Platform;

/// <summary>
/// With <c>ConnectionStrings:Redis</c>, SignalR messages go through Redis, so a board connected to one node hears a
/// change saved on another; /health/ready then checks Redis too. One multiplexer serves both.
/// </summary>
public static class RedisBackplane
{
    public static WebApplicationBuilder AddRedisBackplane(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(configured)) return builder;
        var services = builder.Services;
        var prefix = ChannelPrefix(builder.Configuration);

        services.AddSingleton<IConnectionMultiplexer>(_ =>
        {
            var options = ConfigurationOptions.Parse(configured);
            // A node whose Redis is down still starts and serves its own clients; /health/ready says it is not ready.
            options.AbortOnConnectFail = false;
            return ConnectionMultiplexer.Connect(options);
        });
        services.AddSignalR().AddStackExchangeRedis(o => o.Configuration.ChannelPrefix = RedisChannel.Literal(prefix));
        services.AddOptions<RedisOptions>().Configure<IServiceProvider>((o, provider) =>
            o.ConnectionFactory = _ => Task.FromResult(provider.GetRequiredService<IConnectionMultiplexer>()));
        services.AddHealthChecks().AddRedis(provider => provider.GetRequiredService<IConnectionMultiplexer>(),
            name: "redis", tags: ["ready"], timeout: TimeSpan.FromSeconds(5));
        return builder;
    }

    /// <summary>
    /// <c>Redis:ChannelPrefix</c>, or one derived from the database: nodes of one deployment share their database, two
    /// deployments on one Redis do not, so their boards never hear each other.
    /// </summary>
    public static string ChannelPrefix(IConfiguration configuration)
    {
        var configured = configuration["Redis:ChannelPrefix"];
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        if (!DataSetup.UsesPostgres(configuration))
            return "thongsuot:" + Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(DataSetup.SqliteConnectionString(configuration)).DataSource);
        var pg = new Npgsql.NpgsqlConnectionStringBuilder(configuration.GetConnectionString("Postgres"));
        return $"thongsuot:{pg.Host}:{pg.Port}/{pg.Database}";
    }
}
