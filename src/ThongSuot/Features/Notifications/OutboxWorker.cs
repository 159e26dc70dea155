using Microsoft.Extensions.Options;
using ThongSuot.Shared;

namespace ThongSuot.Features.Notifications;

/// <summary>Runs the dispatcher every Notifications:PollSeconds on the injected clock; 0 turns it off.</summary>
public sealed class OutboxWorker(OutboxDispatcher dispatcher, IOptionsMonitor<NotificationsOptions> options, TimeProvider clock, ILogger<OutboxWorker> log)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicWork.RunAsync(options.CurrentValue.PollSeconds, clock, async ct =>
        {
            // A full batch means more may be due: keep going until a batch comes back short.
            while ((await dispatcher.DispatchDueAsync(ct)).Claimed >= options.CurrentValue.BatchSize) { }
        }, log, "Outbox dispatch", stoppingToken);
}
