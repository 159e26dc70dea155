using System.Threading.Channels;

namespace ThongSuot.Features.Incidents;

/// <summary>
/// Pushes each incident change saved in this process to the live boards as soon as it commits, one after another in order,
/// without waiting for the event processor (whose notifications take longer). Not durable, and need not be: a board that
/// missed a push (the app restarted) reloads its state when it reconnects.
/// </summary>
public sealed class BoardPusher : BackgroundService
{
    private readonly Channel<IncidentChange> changes = Channel.CreateUnbounded<IncidentChange>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IServiceScopeFactory scopes;
    private readonly ILogger<BoardPusher> log;

    public BoardPusher(IncidentEvents events, IServiceScopeFactory scopes, ILogger<BoardPusher> log)
    {
        this.scopes = scopes;
        this.log = log;
        events.Committed += change => changes.Writer.TryWrite(change);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var change in changes.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<BoardListener>().OnChangedAsync(change, stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    log.LogError(e, "Pushing {Number} ({What}) to the live boards failed", change.Number, change.What);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }
}
