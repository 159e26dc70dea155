extern alias app;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace ThongSuot.Bench;

/// <summary>The app for the board benchmark: the real Program on Kestrel over a fresh database, demo data seeded.</summary>
public static class BoardBenchHost
{
    public const string Password = "Bench-Passw0rd-2026";

    internal sealed class BoardApp(BenchDatabase database) : WebApplicationFactory<app::Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseContentRoot(AppFolder());
            builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(database.AppSettings().Concat([
                new("Demo:Seed", "true"), new("Demo:Password", Password), new("Map:TileUrl", ""),
                new("Logging:LogLevel:Default", "Warning"),
            ])));
        }
    }

    /// <summary>src/ThongSuot, found upwards from the build output (the factory's own guess assumes a test project layout).</summary>
    private static string AppFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ThongSuot.slnx"))) return Path.Combine(dir.FullName, "src", "ThongSuot");
        throw new DirectoryNotFoundException("ThongSuot.slnx not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A fresh SQLite file, or a fresh database on the PostgreSQL server THONGSUOT_BENCH_POSTGRES names.</summary>
    internal sealed class BenchDatabase : IAsyncDisposable
    {
        private string? _server, _name, _folder;
        public string Provider => _server is null ? "SQLite" : "PostgreSQL";
        public string ConnectionString { get; private set; } = "";

        public static async Task<BenchDatabase> CreateAsync()
        {
            var db = new BenchDatabase();
            var server = Environment.GetEnvironmentVariable("THONGSUOT_BENCH_POSTGRES");
            if (string.IsNullOrWhiteSpace(server))
            {
                db._folder = Path.Combine(Path.GetTempPath(), "thongsuot-bench", Guid.NewGuid().ToString("N"));
                Directory.CreateDirectory(db._folder);
                db.ConnectionString = $"Data Source={Path.Combine(db._folder, "bench.db")}";
                return db;
            }
            db._server = server;
            db._name = "ts_bench_" + Guid.NewGuid().ToString("N")[..12];
            await using (var conn = new NpgsqlConnection(server))
            {
                await conn.OpenAsync();
                await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{db._name}\"", conn);
                await cmd.ExecuteNonQueryAsync();
            }
            db.ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = db._name }.ConnectionString;
            return db;
        }

        public IEnumerable<KeyValuePair<string, string?>> AppSettings() => _server is null
            ? [new("ConnectionStrings:Sqlite", ConnectionString), new("ConnectionStrings:Postgres", "")]
            : [new("ConnectionStrings:Postgres", ConnectionString)];

        public async ValueTask DisposeAsync()
        {
            if (_folder is not null) { Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); try { Directory.Delete(_folder, true); } catch (IOException) { } }
            if (_server is null) return;
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(_server);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }
    }
}
