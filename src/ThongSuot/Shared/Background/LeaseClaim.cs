using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ThongSuot.Data;

namespace ThongSuot.Shared.Background;

/// <summary>A row of a work queue: due when <see cref="NextAttemptAt"/> has come; while a worker holds it, the end of its lease.</summary>
public interface ILeased
{
    Guid Id { get; }
    DateTime NextAttemptAt { get; }
}

/// <summary>
/// Which rows of a queue are still waiting (not done, not dead), said twice: as LINQ for SQLite and as SQL for PostgreSQL's
/// locking claim. The two must say the same; each queue's tests run on both providers. <see cref="Parameters"/> are the
/// SQL's <c>@name</c> values.
/// </summary>
public sealed record ClaimableRows<T>(Expression<Func<T, bool>> Waiting, string WaitingSql, IReadOnlyDictionary<string, object>? Parameters = null)
    where T : class, ILeased;

/// <summary>
/// The one claim of every queue (outbox, domain events): takes up to a batch of due rows, oldest first, and moves their
/// NextAttemptAt to the end of a lease, so a worker that dies mid-way releases them when the lease ends. Two workers never
/// take the same row: on PostgreSQL one UPDATE … FOR UPDATE SKIP LOCKED (many nodes), on SQLite, which serialises writers,
/// a conditional update per row that only the first of two workers wins.
/// </summary>
public static class LeaseClaim
{
    /// <summary>The claimed rows as they were before the claim (not tracked), oldest first.</summary>
    public static async Task<List<T>> ClaimAsync<T>(AppDbContext db, ClaimableRows<T> queue, DateTime now, TimeSpan lease, int batch, CancellationToken ct)
        where T : class, ILeased
    {
        var until = now + lease;
        batch = Math.Clamp(batch, 1, 1000);
        return db.Database.IsNpgsql()
            ? await ClaimOnPostgresAsync(db, queue, now, until, batch, ct)
            : await ClaimOnSqliteAsync(db, queue, now, until, batch, ct);
    }

    private static async Task<List<T>> ClaimOnPostgresAsync<T>(AppDbContext db, ClaimableRows<T> queue, DateTime now, DateTime until, int batch, CancellationToken ct)
        where T : class, ILeased
    {
        var table = db.Model.FindEntityType(typeof(T))?.GetTableName() ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        // RETURNING the whole row saves a second read; the returned NextAttemptAt is the old one (RETURNING sees the new
        // row), which no caller needs: they hold the lease until they record the outcome.
        var sql = $"""
            UPDATE "{table}" SET "NextAttemptAt" = @until
            WHERE "Id" IN (
                SELECT "Id" FROM "{table}"
                WHERE ({queue.WaitingSql}) AND "NextAttemptAt" <= @now
                ORDER BY "NextAttemptAt", "Id" LIMIT @batch
                FOR UPDATE SKIP LOCKED)
            RETURNING *
            """;
        var parameters = new List<object> { new NpgsqlParameter("now", now), new NpgsqlParameter("until", until), new NpgsqlParameter("batch", batch) };
        parameters.AddRange((queue.Parameters ?? new Dictionary<string, object>()).Select(p => new NpgsqlParameter(p.Key, p.Value)));
        var rows = await db.Set<T>().FromSqlRaw(sql, [.. parameters]).AsNoTracking().ToListAsync(ct);
        return rows.OrderBy(r => r.NextAttemptAt).ThenBy(r => r.Id).ToList();
    }

    private static async Task<List<T>> ClaimOnSqliteAsync<T>(AppDbContext db, ClaimableRows<T> queue, DateTime now, DateTime until, int batch, CancellationToken ct)
        where T : class, ILeased
    {
        var due = await db.Set<T>().AsNoTracking().Where(queue.Waiting).Where(x => x.NextAttemptAt <= now)
            .OrderBy(x => x.NextAttemptAt).ThenBy(x => x.Id).Take(batch).ToListAsync(ct);
        var claimed = new List<T>();
        foreach (var row in due)
        {
            var (id, seen) = (row.Id, row.NextAttemptAt);
            var won = await db.Set<T>().Where(queue.Waiting).Where(x => x.Id == id && x.NextAttemptAt == seen)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.NextAttemptAt, until), ct);
            if (won == 1) claimed.Add(row);
        }
        return claimed;
    }
}
