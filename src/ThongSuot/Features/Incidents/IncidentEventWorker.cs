using Microsoft.Extensions.Options;

namespace ThongSuot.Features.Incidents;

/// <summary>Runs the <see cref="IncidentEventProcessor"/> whenever a change is saved here, and every Incidents:Events:PollSeconds.</summary>
public sealed class IncidentEventWorker(IncidentEventProcessor processor, IncidentEvents events, IOptionsMonitor<IncidentEventsOptions> options,
    ILogger<IncidentEventWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.CurrentValue.PollSeconds <= 0) return;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    // A full batch means more may be due: keep going until a batch comes back short.
                    while (await processor.RunDueAsync(stoppingToken) >= options.CurrentValue.BatchSize) { }
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    log.LogError(e, "Running incident listeners failed; retrying.");
                }
                await events.WaitAsync(TimeSpan.FromSeconds(Math.Max(options.CurrentValue.PollSeconds, 1)), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }
}
