using Npgsql;

namespace ThongSuot.Shared.Background;

/// <summary>Configuration section "Leader": who runs the periodic jobs when several nodes share one PostgreSQL.</summary>
public sealed class LeaderOptions
{
    public const string Section = "Leader";

    /// <summary>How often a node that does not lead tries to, and a leader checks its connection; a dead leader is replaced within about this.</summary>
    public int RetrySeconds { get; set; } = 5;

    /// <summary>The advisory lock's key: the same on every node of one deployment ("thongsuot" in ASCII, truncated).</summary>
    public long LockKey { get; set; } = 0x74686F6E6773756F;
}

/// <summary>
/// One leader at a time for the periodic jobs (escalation scan, reminders). On PostgreSQL the leader holds
/// <c>pg_try_advisory_lock</c> on a connection of its own, kept open while it leads: when its process dies the server
/// closes the connection and frees the lock, and another node takes it at its next try. A leader that loses its
/// connection stops leading at once (its jobs' token is cancelled). Without PostgreSQL (SQLite: one process) this node
/// simply leads. Time here is real time, not the injected clock: it is about connections, not business rules.
/// </summary>
public sealed class LeaderElection(string? postgres, LeaderOptions options, ILogger log) : IAsyncDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private readonly object gate = new();
    private TaskCompletionSource<CancellationToken> leading = NewLeading();
    private NpgsqlConnection? connection;
    private CancellationTokenSource? term;
    private Task? loop;

    /// <summary>Whether this node leads now (shown on health and metrics).</summary>
    public bool IsLeader { get; private set; } = postgres is null;

    /// <summary>The backend pid of the lock's connection while this node leads on PostgreSQL (tests end it to play a crash).</summary>
    public int? LockConnectionPid => IsLeader ? connection?.ProcessID : null;

    /// <summary>
    /// Returns once this node leads, with a token that is cancelled when it stops leading (or the app stops).
    /// </summary>
    public Task<CancellationToken> WhenLeaderAsync(CancellationToken ct)
    {
        if (postgres is null) return Task.FromResult(ct);
        lock (gate) loop ??= Task.Run(() => ElectAsync(stopping.Token), CancellationToken.None);
        Task<CancellationToken> task;
        lock (gate) task = leading.Task;
        return task.WaitAsync(ct);
    }

    private async Task ElectAsync(CancellationToken ct)
    {
        var retry = TimeSpan.FromSeconds(Math.Clamp(options.RetrySeconds, 1, 60));
        while (!ct.IsCancellationRequested)
        {
            try
            {
                connection ??= await OpenAsync(ct);
                if (!IsLeader && await ScalarAsync<bool>("SELECT pg_try_advisory_lock(@key)", ct))
                {
                    term = new CancellationTokenSource();
                    IsLeader = true;
                    log.LogInformation("This node now leads the periodic jobs.");
                    lock (gate) leading.TrySetResult(term.Token);
                }
                await Task.Delay(retry, ct);
                // A leader checks its connection: this throws once the server or the network dropped it.
                if (IsLeader) await ScalarAsync<int>("SELECT 1", ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { break; }
            catch (Exception e)
            {
                if (IsLeader) log.LogWarning(e, "Lost the leader's connection; this node stops its periodic jobs.");
                else log.LogDebug(e, "Could not try for leadership; trying again.");
                await StepDownAsync();
                try { await Task.Delay(retry, ct); } catch (OperationCanceledException) { break; }
            }
        }
        await StepDownAsync();
    }

    private async Task StepDownAsync()
    {
        if (IsLeader)
        {
            lock (gate) leading = NewLeading();
            IsLeader = false;
            if (term is not null) await term.CancelAsync();
        }
        if (connection is not null) await connection.DisposeAsync();
        connection = null;
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken ct)
    {
        // Not pooled: a pooled connection returned to the pool would keep the lock after this elector let go of it.
        var b = new NpgsqlConnectionStringBuilder(postgres) { Pooling = false };
        // The node's own name stays visible in pg_stat_activity, so an operator sees which node leads.
        b.ApplicationName = (string.IsNullOrWhiteSpace(b.ApplicationName) ? "thongsuot" : b.ApplicationName) + "/leader";
        var c = new NpgsqlConnection(b.ConnectionString);
        await c.OpenAsync(ct);
        return c;
    }

    private async Task<T> ScalarAsync<T>(string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, connection);
        cmd.Parameters.AddWithValue("key", options.LockKey);
        return (T)(await cmd.ExecuteScalarAsync(ct))!;
    }

    private static TaskCompletionSource<CancellationToken> NewLeading() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        if (loop is not null) await loop.ContinueWith(_ => { }, TaskScheduler.Default);
        else if (connection is not null) await connection.DisposeAsync();
        stopping.Dispose();
    }
}
