namespace ThongSuot.Shared;

/// <summary>
/// The loop of the background scanners (outbox, escalation, reminders): run one pass every <c>seconds</c> on the injected
/// clock (so tests with a fake clock drive it), log a failed pass and try again on the next tick, stop quietly on shutdown.
/// A period of 0 or less turns the loop off; tests then call the pass themselves.
/// </summary>
public static class PeriodicWork
{
    public static async Task RunAsync(int seconds, TimeProvider clock, Func<CancellationToken, Task> pass, ILogger log, string what,
        CancellationToken stoppingToken)
    {
        if (seconds <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try { await pass(stoppingToken); }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    log.LogError(e, "{What} failed; retrying on the next tick.", what);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }
}
