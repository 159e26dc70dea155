using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;

namespace ThongSuot.Tests.Infrastructure;

/// <summary>The row count of every table of the EF model, read in one statement: what "nothing was written" is checked against.</summary>
public static class TableRows
{
    public static async Task<Dictionary<string, long>> CountAsync(AppDbContext db)
    {
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToArray();
        var conn = db.Database.GetDbConnection();
        await conn.OpenAsync();
        try
        {
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = "SELECT " + string.Join(", ", tables.Select(t => $"(SELECT COUNT(*) FROM \"{t}\")"));
            await using var reader = await cmd.ExecuteReaderAsync();
            await reader.ReadAsync();
            return tables.Select((t, i) => (t, Convert.ToInt64(reader.GetValue(i)))).ToDictionary(x => x.t, x => x.Item2);
        }
        finally
        {
            await conn.CloseAsync();
        }
    }
}
