using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThongSuot.Data;

namespace ThongSuot.Features.Incidents;

/// <summary>The last SC-YYYY-NNNN sequence handed out in a Vietnamese year.</summary>
public sealed class IncidentCounter : Audit.INotAudited
{
    public int Year { get; set; }
    public int Last { get; set; }
}

internal sealed class IncidentCounterConfiguration : IEntityTypeConfiguration<IncidentCounter>
{
    public void Configure(EntityTypeBuilder<IncidentCounter> b)
    {
        b.ToTable("IncidentCounters");
        b.HasKey(x => x.Year);
        b.Property(x => x.Year).ValueGeneratedNever();
    }
}

/// <summary>
/// Hands out incident numbers with one atomic upsert … RETURNING on a counter row, committed on its own. The row is locked
/// only for that statement, not for the whole report's transaction, so reports arriving together (a storm cutting many
/// stations at once) are saved in parallel — across app instances too. A report that then fails to save leaves a gap in
/// the numbers, as database sequences do; numbers never repeat (the unique index stays as the last guard).
/// </summary>
public static class IncidentNumbers
{
    public static async Task<int> NextAsync(AppDbContext db, int year, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await db.Database.OpenConnectionAsync(ct);
        try
        {
            // The first report of a year starts the row from incidents already there (demo data, imports); then, and
            // after a conflict with a row written without the counter, the counter never falls behind the table.
            var next = await ExecuteAsync(connection, """
                INSERT INTO "IncidentCounters" ("Year", "Last")
                VALUES (@year, (SELECT COALESCE(MAX("Sequence"), 0) FROM "Incidents" WHERE "Year" = @year) + 1)
                ON CONFLICT ("Year") DO UPDATE SET "Last" = "IncidentCounters"."Last" + 1
                RETURNING "Last"
                """, year, ct);
            return Convert.ToInt32(next, System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            if (opened) await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>After a number turned out to be taken by a row saved without the counter: move the counter past the table.</summary>
    public static async Task CatchUpAsync(AppDbContext db, int year, CancellationToken ct) =>
        await db.Database.ExecuteSqlAsync($"""
            UPDATE "IncidentCounters" SET "Last" = (SELECT COALESCE(MAX("Sequence"), 0) FROM "Incidents" WHERE "Year" = {year})
            WHERE "Year" = {year} AND "Last" < (SELECT COALESCE(MAX("Sequence"), 0) FROM "Incidents" WHERE "Year" = {year})
            """, ct);

    private static async Task<object?> ExecuteAsync(DbConnection connection, string sql, int year, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@year";
        parameter.Value = year;
        command.Parameters.Add(parameter);
        return await command.ExecuteScalarAsync(ct);
    }
}
