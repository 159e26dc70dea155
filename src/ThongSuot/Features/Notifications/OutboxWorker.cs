using Microsoft.Extensions.Options;

namespace ThongSuot.Features.Notifications;

/// <summary>Runs the dispatcher every Notifications:PollSeconds on the injected clock; 0 turns it off.</summary>
public sealed class OutboxWorker(OutboxDispatcher dispatcher, IOptionsMonitor<NotificationsOptions> options, TimeProvider clock, ILogger<OutboxWorker> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = options.CurrentValue.PollSeconds;
        if (seconds <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    // A full batch means more may be due: keep going until a batch comes back short.
                    while ((await dispatcher.DispatchDueAsync(stoppingToken)).Claimed >= options.CurrentValue.BatchSize) { }
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    log.LogError(e, "Outbox dispatch failed; retrying on the next tick.");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }
}
