using Microsoft.AspNetCore.SignalR;

namespace ThongSuot.Shared.Telemetry;

/// <summary>Counts open connections of every hub, present and future, without code in the hubs.</summary>
public sealed class HubConnectionsFilter : IHubFilter
{
    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        await next(context);
        AppMetrics.HubConnected(context.Hub.GetType().Name);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        AppMetrics.HubDisconnected(context.Hub.GetType().Name);
        await next(context, exception);
    }
}
