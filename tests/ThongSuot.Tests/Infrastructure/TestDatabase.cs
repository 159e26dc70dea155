using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using ThongSuot.Data;

namespace ThongSuot.Tests.Infrastructure;

public enum DbProvider { Sqlite, Postgres }

/// <summary>
/// A database of one provider for one test app: empty (<see cref="CreateAsync"/>), or a copy of the demo database that is
/// migrated and seeded once per provider per test run (<see cref="CopyOfDemoAsync"/>): a file copy on SQLite,
/// <c>CREATE DATABASE … TEMPLATE</c> on PostgreSQL, on the server test.sh started.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(DbProvider provider, string connectionString, string? pgName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _pgName = pgName;
    }

    private readonly string? _pgName;
    public DbProvider Provider { get; }
    public string ConnectionString { get; }

    /// <summary>Server connection for PostgreSQL tests. test.sh sets it; the default matches a local dev server.</summary>
    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("THONGSUOT_TEST_POSTGRES") is { Length: > 0 } cs
            ? cs : "Host=127.0.0.1;Port=55432;Username=postgres;Password=postgres";

    /// <summary>A new empty database: what the migrations and the first start of the app see.</summary>
    public static Task<TestDatabase> CreateAsync(DbProvider provider) => NewAsync(provider, template: null);

    /// <summary>A new database holding what a first start leaves behind: every migration applied and the demo seeded.</summary>
    public static async Task<TestDatabase> CopyOfDemoAsync(DbProvider provider)
    {
        var template = await DemoTemplates.GetOrAdd(provider, p => new Lazy<Task<TestDatabase>>(() => DemoTemplate.BuildAsync(p))).Value;
        if (provider == DbProvider.Sqlite)
        {
            var copy = await NewAsync(provider, template: null);
            File.Copy(template.SqliteFile, copy.SqliteFile);
            return copy;
        }
        // PostgreSQL refuses a template that another CREATE DATABASE is copying at the same moment.
        await PostgresCopies.WaitAsync();
        try { return await NewAsync(provider, template._pgName); }
        finally { PostgresCopies.Release(); }
    }

    private static readonly ConcurrentDictionary<DbProvider, Lazy<Task<TestDatabase>>> DemoTemplates = new();
    private static readonly SemaphoreSlim PostgresCopies = new(1, 1);

    private string SqliteFile => new SqliteConnectionStringBuilder(ConnectionString).DataSource;

    private static async Task<TestDatabase> NewAsync(DbProvider provider, string? template)
    {
        if (provider == DbProvider.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "thongsuot-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            return new TestDatabase(provider, $"Data Source={Path.Combine(folder, "test.db")};Pooling=False", null);
        }
        var name = "ts_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var conn = new NpgsqlConnection(PostgresServer))
        {
            await conn.OpenAsync();
            var sql = template is null ? $"CREATE DATABASE \"{name}\"" : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"";
            await using var cmd = new NpgsqlCommand(sql, conn);
            await cmd.ExecuteNonQueryAsync();
        }
        var cs = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name, MaxPoolSize = 20 }.ConnectionString;
        return new TestDatabase(provider, cs, name);
    }

    /// <summary>Makes the database a file (SQLite: the write-ahead log folded in) or a template no session holds (PostgreSQL).</summary>
    internal async Task CloseForCopyingAsync()
    {
        if (Provider == DbProvider.Sqlite)
        {
            await using var conn = new SqliteConnection(ConnectionString);
            await conn.OpenAsync();
            await using var cmd = new SqliteCommand("PRAGMA wal_checkpoint(TRUNCATE);", conn);
            await cmd.ExecuteNonQueryAsync();
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await using var server = new NpgsqlConnection(PostgresServer);
        await server.OpenAsync();
        await using var terminate = new NpgsqlCommand(
            $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{_pgName}' AND pid <> pg_backend_pid()", server);
        await terminate.ExecuteNonQueryAsync();
    }

    /// <summary>A DbContext on this database outside any app, for tests of migrations and of the command-line verbs.</summary>
    public AppDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        if (Provider == DbProvider.Sqlite) options.UseSqlite(ConnectionString);
        else options.UseNpgsql(ConnectionString);
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        return new AppDbContext(options.Options);
    }

    /// <summary>The configuration keys that point the app at this database.</summary>
    public IEnumerable<KeyValuePair<string, string?>> AppSettings() => Provider == DbProvider.Sqlite
        ? [new("ConnectionStrings:Sqlite", ConnectionString), new("ConnectionStrings:Postgres", "")]
        : [new("ConnectionStrings:Postgres", ConnectionString)];

    public async ValueTask DisposeAsync()
    {
        if (_pgName is null)
        {
            var folder = Path.GetDirectoryName(SqliteFile);
            try { if (folder is not null) Directory.Delete(folder, recursive: true); }
            catch (IOException) { } // a test app of another fixture may still hold it open; the temp folder is cleaned later
            catch (UnauthorizedAccessException) { }
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(PostgresServer);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_pgName}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
