using Microsoft.Extensions.Options;

namespace ThongSuot.Features.Notifications;

public static class NotificationsSetup
{
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddOptions<NotificationsOptions>().BindConfiguration("Notifications");
        services.AddSingleton<Outbox>();
        services.AddScoped<Notifier>();
        services.AddScoped<ActionLinks>();
        services.AddScoped<IActionLinkHandler, MarkReadLinkHandler>();
        services.AddScoped<InboxService>();
        services.AddScoped<WebhooksService>();
        services.AddScoped<PreferencesService>();
        services.AddScoped<OutboxAttachments>();
        services.AddScoped<IOutboxChannel, InAppChannel>();
        services.AddScoped<IOutboxChannel, EmailChannel>();
        services.AddScoped<IOutboxChannel, WebhookChannel>();
        services.AddSingleton<WebhookConnector>();
        services.AddHttpClient(WebhookChannel.HttpClientName)
            .ConfigureHttpClient((sp, client) =>
                client.Timeout = TimeSpan.FromSeconds(Math.Max(sp.GetRequiredService<IOptions<NotificationsOptions>>().Value.WebhookTimeoutSeconds, 1)))
            .ConfigurePrimaryHttpMessageHandler(sp => WebhookConnector.Handler(sp.GetRequiredService<WebhookConnector>()));
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService<OutboxWorker>();
        return services;
    }

    public static IEndpointRouteBuilder MapNotifications(this IEndpointRouteBuilder app)
    {
        app.MapNotificationsApi();
        app.MapWebhooksApi();
        return app;
    }
}
