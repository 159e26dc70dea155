using Microsoft.Extensions.Options;
using ThongSuot.Shared.Telemetry;

namespace ThongSuot.Shared.Events;

/// <summary>
/// One lane per handler: runs its due deliveries whenever a change saved here wakes it, and every Events:PollSeconds for
/// those of other nodes, retries and crashes. Runs on every node: the lease claim keeps them apart.
/// </summary>
public sealed class EventWorker(EventProcessor processor, EventHandlers handlers, IOptionsMonitor<EventsOptions> options, TimeProvider clock,
    TelemetryOptions telemetry, ILogger<EventWorker> log)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.CurrentValue.PollSeconds <= 0 ? Task.CompletedTask
            : Task.WhenAll(handlers.Names.Select(h => LaneAsync(h, stoppingToken)).Append(CountPendingAsync(stoppingToken)));

    // A count query every period on every node: only when an exporter reads the gauge.
    private Task CountPendingAsync(CancellationToken stoppingToken) => !telemetry.ExportsMetrics ? Task.CompletedTask :
        PeriodicWork.RunAsync(options.CurrentValue.PollSeconds, clock, async ct => AppMetrics.SetEventsPending(await processor.CountPendingAsync(ct)),
            log, "Counting pending events", stoppingToken);

    private async Task LaneAsync(string handler, CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    // A full batch means more may be due: keep going until a batch comes back short.
                    while (await processor.RunDueAsync(handler, stoppingToken) >= options.CurrentValue.BatchSize) { }
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    log.LogError(e, "Running event handler {Handler} failed; retrying.", handler);
                }
                await handlers.WaitAsync(handler, TimeSpan.FromSeconds(Math.Max(options.CurrentValue.PollSeconds, 1)), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }
}
