using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using ThongSuot.Shared.Background;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Shared;

/// <summary>Periodic jobs run on one leader: on PostgreSQL the holder of an advisory lock; on SQLite the one process.</summary>
public sealed class LeaderElectionTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData(DbProvider.Sqlite)]
    [InlineData(DbProvider.Postgres)]
    public async Task OfTwoElectorsOneLeadsAndWhenItsConnectionDiesTheOtherLeadsWithinSeconds(DbProvider provider)
    {
        var options = new LeaderOptions { RetrySeconds = 1, LockKey = Random.Shared.NextInt64(1, int.MaxValue) }; // below 2^31: pg_locks shows it as objid
        var server = provider == DbProvider.Postgres ? TestDatabase.PostgresServer : null;
        await using var a = new LeaderElection(server, options, NullLogger.Instance);
        await using var b = new LeaderElection(server, options, NullLogger.Instance);
        var termA = a.WhenLeaderAsync(CancellationToken.None);
        var termB = b.WhenLeaderAsync(CancellationToken.None);
        if (provider == DbProvider.Sqlite)
        {
            // One process, one database file: it simply leads.
            Assert.True(a.IsLeader && b.IsLeader && termA.IsCompletedSuccessfully && termB.IsCompletedSuccessfully);
            return;
        }

        var first = await Task.WhenAny(termA, termB).WaitAsync(Deadline);
        var (leader, other, otherTerm) = first == termA ? (a, b, termB) : (b, a, termA);
        Assert.True(leader.IsLeader);
        // The lock is held once, by the leader's connection; the other keeps trying every second and does not lead.
        Assert.Equal(1, await LocksHeldAsync(options.LockKey));
        Assert.False(other.IsLeader);
        Assert.False(otherTerm.IsCompleted);

        // The leader's process "dies": the server ends its connection, which frees the lock.
        var pid = leader.LockConnectionPid ?? throw new InvalidOperationException("The leader has no lock connection.");
        await TerminateAsync(pid);

        var takeover = await otherTerm.WaitAsync(Deadline);
        Assert.True(other.IsLeader);
        Assert.False(takeover.IsCancellationRequested);
        // The old leader noticed at its next check and stopped its jobs.
        var oldTerm = await first;
        await WaitUntilAsync(() => Task.FromResult(oldTerm.IsCancellationRequested && !leader.IsLeader));
    }

    private static async Task<int> LocksHeldAsync(long key)
    {
        await using var c = new NpgsqlConnection(TestDatabase.PostgresServer);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT count(*)::int FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = 0 AND objid::bigint = @key", c);
        cmd.Parameters.AddWithValue("key", key);
        return (int)(await cmd.ExecuteScalarAsync())!;
    }

    private static async Task TerminateAsync(int pid)
    {
        await using var c = new NpgsqlConnection(TestDatabase.PostgresServer);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT pg_terminate_backend(@pid)", c);
        cmd.Parameters.AddWithValue("pid", pid);
        Assert.Equal(true, await cmd.ExecuteScalarAsync());
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var stop = DateTime.UtcNow + Deadline;
        while (!await condition())
        {
            if (DateTime.UtcNow > stop) throw new TimeoutException("The condition did not hold within 20 s.");
            await Task.Delay(20);
        }
    }
}
