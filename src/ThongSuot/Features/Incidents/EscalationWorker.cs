using Microsoft.Extensions.Options;
using ThongSuot.Features.Audit;
using ThongSuot.Shared;
using ThongSuot.Shared.Background;

namespace ThongSuot.Features.Incidents;

/// <summary>
/// Runs the escalation scan every Incidents:Escalation:ScanSeconds (0 turns the loop off). The scan reads the injected
/// clock, so tests move time and call <see cref="ScanAsync"/> themselves.
/// </summary>
public sealed class EscalationWorker(IServiceScopeFactory scopes, IOptionsMonitor<EscalationOptions> options, LeaderElection leader, TimeProvider clock, ILogger<EscalationWorker> log)
    : BackgroundService
{
    /// <summary>One pass in a scope of its own; returns the number of steps taken.</summary>
    public async Task<int> ScanAsync(CancellationToken ct = default)
    {
        using var actor = AuditActor.AsSystem("escalation");
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EscalationScanner>().ScanAsync(ct);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        LeaderWork.RunAsync(leader, options.CurrentValue.ScanSeconds, clock, ScanAsync, log, "Escalation scan", stoppingToken);
}
