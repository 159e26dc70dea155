using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;

namespace ThongSuot.Tests.Data;

/// <summary>Reads a database's schema as sorted lines: tables, columns (type, nullability), keys, foreign keys, indexes.</summary>
public static class SchemaSnapshot
{
    public static async Task<List<string>> ReadAsync(AppDbContext db)
    {
        var conn = db.Database.GetDbConnection();
        await conn.OpenAsync();
        try
        {
            var lines = db.Database.IsSqlite() ? await SqliteAsync(conn) : await PostgresAsync(conn);
            lines.Sort(StringComparer.Ordinal);
            return lines;
        }
        finally { await conn.CloseAsync(); }
    }

    private static async Task<List<string>> SqliteAsync(DbConnection conn)
    {
        var lines = new List<string>();
        var tables = await QueryAsync(conn, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%'",
            r => r.GetString(0));
        foreach (var t in tables)
        {
            lines.Add($"table {t}");
            lines.AddRange(await QueryAsync(conn, $"PRAGMA table_info(\"{t}\")",
                r => $"column {t}.{r.GetString(1)} {r.GetString(2)} {(r.GetInt64(3) == 1 ? "not null" : "null")} pk={r.GetInt64(5)}"));
            lines.AddRange(await QueryAsync(conn, $"PRAGMA foreign_key_list(\"{t}\")",
                r => $"fk {t}.{r.GetString(3)} -> {r.GetString(2)}.{r.GetString(4)} on delete {r.GetString(6)}"));
            var indexes = await QueryAsync(conn, $"PRAGMA index_list(\"{t}\")", r => (Name: r.GetString(1), Unique: r.GetInt64(2) == 1, Origin: r.GetString(3)));
            foreach (var ix in indexes.Where(i => i.Origin == "c"))
            {
                var cols = await QueryAsync(conn, $"PRAGMA index_info(\"{ix.Name}\")", r => r.GetString(2));
                lines.Add($"index {t}.{ix.Name} ({string.Join(",", cols)}){(ix.Unique ? " unique" : "")}");
            }
        }
        return lines;
    }

    private static async Task<List<string>> PostgresAsync(DbConnection conn)
    {
        var lines = new List<string>();
        lines.AddRange(await QueryAsync(conn,
            "SELECT table_name FROM information_schema.tables WHERE table_schema='public' AND table_name <> '__EFMigrationsHistory'",
            r => $"table {r.GetString(0)}"));
        lines.AddRange(await QueryAsync(conn,
            """
            SELECT table_name, column_name, data_type, coalesce(character_maximum_length, 0), is_nullable, coalesce(identity_generation, '')
            FROM information_schema.columns WHERE table_schema='public' AND table_name <> '__EFMigrationsHistory'
            """,
            r => $"column {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}({r.GetInt32(3)}) {(r.GetString(4) == "NO" ? "not null" : "null")} {r.GetString(5)}".TrimEnd()));
        lines.AddRange(await QueryAsync(conn,
            """
            SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)
            FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
            WHERE n.nspname='public' AND c.contype IN ('p','f','u') AND c.conrelid::regclass::text <> '"__EFMigrationsHistory"'
            """,
            r => $"constraint {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}"));
        lines.AddRange(await QueryAsync(conn,
            "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname='public' AND tablename <> '__EFMigrationsHistory'",
            r => $"index {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}"));
        return lines;
    }

    private static async Task<List<T>> QueryAsync<T>(DbConnection conn, string sql, Func<DbDataReader, T> map)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        await using var reader = await cmd.ExecuteReaderAsync();
        var result = new List<T>();
        while (await reader.ReadAsync()) result.Add(map(reader));
        return result;
    }
}
