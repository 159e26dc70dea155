using Npgsql;

namespace ThongSuot.Tests.Infrastructure;

public enum DbProvider { Sqlite, Postgres }

/// <summary>A fresh, empty database of one provider: a SQLite file in a temp folder, or a new PostgreSQL database on the server test.sh started.</summary>
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

    public static async Task<TestDatabase> CreateAsync(DbProvider provider)
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
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        var cs = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name, MaxPoolSize = 20 }.ConnectionString;
        return new TestDatabase(provider, cs, name);
    }

    /// <summary>The configuration keys that point the app at this database.</summary>
    public IEnumerable<KeyValuePair<string, string?>> AppSettings() => Provider == DbProvider.Sqlite
        ? [new("ConnectionStrings:Sqlite", ConnectionString), new("ConnectionStrings:Postgres", "")]
        : [new("ConnectionStrings:Postgres", ConnectionString)];

    public async ValueTask DisposeAsync()
    {
        if (_pgName is null) return;
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(PostgresServer);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_pgName}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
