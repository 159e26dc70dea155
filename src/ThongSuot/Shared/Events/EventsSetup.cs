using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ThongSuot.Shared.Events;

public static class EventsSetup
{
    /// <summary>The one mechanism by which a feature reacts to another's change (docs/architecture.md).</summary>
    public static IServiceCollection AddDomainEvents(this IServiceCollection services)
    {
        services.AddOptions<EventsOptions>().BindConfiguration(EventsOptions.Section);
        services.AddSingleton<EventHandlers>();
        services.AddSingleton<DomainEvents>();
        services.AddSingleton<EventProcessor>();
        services.AddHostedService<EventWorker>();
        return services;
    }

    /// <summary>
    /// Runs <typeparamref name="THandler"/> (scoped) after each committed <typeparamref name="TEvent"/>; called by the
    /// subscribing feature's setup. Its type name names its deliveries, so renaming a handler strands its pending rows.
    /// </summary>
    public static IServiceCollection AddEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : class where THandler : class, IHandles<TEvent>
    {
        services.TryAddScoped<THandler>();
        services.AddSingleton(new EventHandlerRegistration(typeof(TEvent), typeof(THandler).Name,
            (sp, payload, ct) => sp.GetRequiredService<THandler>().HandleAsync(EventJson.Read<TEvent>(payload), ct)));
        return services;
    }
}
