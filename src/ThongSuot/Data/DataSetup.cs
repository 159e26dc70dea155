using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ThongSuot.Features.Audit;

namespace ThongSuot.Data;

public static class DataSetup
{
    public const string DefaultSqlite = "Data Source=data/thongsuot.db";

    public static bool UsesPostgres(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration.GetConnectionString("Postgres"));

    public static WebApplicationBuilder AddThongSuotData(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddOptions<DemoOptions>().BindConfiguration("Demo");
        builder.Services.AddSingleton<AuditInterceptor>();
        builder.Services.AddDbContext<AppDbContext>((services, options) =>
        {
            if (UsesPostgres(configuration))
                options.UseNpgsql(PostgresConnectionString(configuration.GetConnectionString("Postgres")!), o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));
            else
                options.UseSqlite(SqliteConnectionString(configuration), o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));
            options.AddInterceptors(services.GetRequiredService<AuditInterceptor>());
            // Single queries on purpose (the collections loaded together are small); saying so silences EF's warning.
            // Migrations are hand-written without a model snapshot; the schema test guards drift instead.
            options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        });
        builder.Services.AddHostedService<DatabaseInitializer>();
        builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        return builder;
    }

    /// <summary>
    /// The configured PostgreSQL connection string with two defaults the operator may override: no reset of the session when a
    /// pooled connection is reused (the app never changes session state; the reset is one more statement per query) and
    /// automatic preparation of the statements run again and again (parsed and planned once per connection, not per call).
    /// </summary>
    public static string PostgresConnectionString(string configured)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(configured);
        var given = configured.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal);
        if (!given.Contains("noresetonclose=", StringComparison.Ordinal)) builder.NoResetOnClose = true;
        if (!given.Contains("maxautoprepare=", StringComparison.Ordinal)) builder.MaxAutoPrepare = 100;
        return builder.ConnectionString;
    }

    public static string SqliteConnectionString(IConfiguration configuration)
    {
        var cs = configuration.GetConnectionString("Sqlite");
        return string.IsNullOrWhiteSpace(cs) ? DefaultSqlite : cs;
    }

    /// <summary>Applies migrations; creates the SQLite file's folder and turns on WAL first.</summary>
    public static async Task MigrateAsync(AppDbContext db, CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
        {
            var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString());
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder) && builder.DataSource != ":memory:") Directory.CreateDirectory(folder);
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
                await db.Database.MigrateAsync(ct);
            }
            finally { await db.Database.CloseConnectionAsync(); }
        }
        else
        {
            await db.Database.MigrateAsync(ct);
        }
    }
}
