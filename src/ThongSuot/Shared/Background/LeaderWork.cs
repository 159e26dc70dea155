using Microsoft.Extensions.Options;
using ThongSuot.Data;

namespace ThongSuot.Shared.Background;

/// <summary>This node's <see cref="LeaderElection"/>, made from the app's configuration (PostgreSQL or not).</summary>
public static class LeaderSetup
{
    public static IServiceCollection AddLeaderElection(this IServiceCollection services)
    {
        services.AddOptions<LeaderOptions>().BindConfiguration(LeaderOptions.Section);
        services.AddSingleton(sp =>
        {
            var config = sp.GetRequiredService<IConfiguration>();
            var postgres = DataSetup.UsesPostgres(config) ? DataSetup.PostgresConnectionString(config.GetConnectionString("Postgres")!) : null;
            var leader = new LeaderElection(postgres, sp.GetRequiredService<IOptions<LeaderOptions>>().Value, sp.GetRequiredService<ILogger<LeaderElection>>());
            Telemetry.AppMetrics.ObserveLeader(() => leader.IsLeader);
            return leader;
        });
        return services;
    }
}

/// <summary>
/// A periodic job that runs on the leader only: <see cref="PeriodicWork"/> while this node leads, started again when it
/// leads again after losing the lead. A period of 0 or less turns the job off, as for PeriodicWork.
/// </summary>
public static class LeaderWork
{
    public static async Task RunAsync(LeaderElection leader, int seconds, TimeProvider clock, Func<CancellationToken, Task> pass, ILogger log, string what,
        CancellationToken stoppingToken)
    {
        if (seconds <= 0) return;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var term = await leader.WhenLeaderAsync(stoppingToken);
                using var both = CancellationTokenSource.CreateLinkedTokenSource(term, stoppingToken);
                await PeriodicWork.RunAsync(seconds, clock, pass, log, what, both.Token);
                if (term.IsCancellationRequested && !stoppingToken.IsCancellationRequested) log.LogWarning("{What} stopped: this node no longer leads.", what);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }
}
