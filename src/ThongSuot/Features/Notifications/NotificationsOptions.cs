namespace ThongSuot.Features.Notifications;

/// <summary>Configuration section "Notifications" (see README's configuration table).</summary>
public sealed class NotificationsOptions
{
    /// <summary>How often the dispatcher looks for due messages; 0 turns the background loop off (tests drive it).</summary>
    public int PollSeconds { get; set; } = 10;
    public int BatchSize { get; set; } = 50;
    /// <summary>After this many failed attempts a message is Dead.</summary>
    public int MaxAttempts { get; set; } = 10;
    /// <summary>First retry delay; doubled per attempt, ±20% jitter, capped at <see cref="RetryMaxSeconds"/>.</summary>
    public int RetryBaseSeconds { get; set; } = 30;
    public int RetryMaxSeconds { get; set; } = 3600;
    /// <summary>How long a claimed message stays invisible to other nodes while one delivers it.</summary>
    public int LeaseSeconds { get; set; } = 120;
    /// <summary>Absolute base of links in e-mails, e.g. https://thongsuot.quangtri.gov.vn (no trailing slash).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";
    public SmtpOptions Smtp { get; set; } = new();
    public int WebhookTimeoutSeconds { get; set; } = 10;
    public WebhookOptions Webhooks { get; set; } = new();
}

/// <summary>Configuration section "Notifications:Webhooks".</summary>
public sealed class WebhookOptions
{
    /// <summary>
    /// Off: webhooks reach only public addresses, never loopback, private, link-local or CGNAT networks (see
    /// <see cref="WebhookAddressGuard"/>). Turn on only where every member organisation is trusted with the internal network.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }
}

public sealed class SmtpOptions
{
    /// <summary>Empty: e-mail is not configured and e-mail messages wait (retried) until it is.</summary>
    public string Host { get; set; } = "";
    public int Port { get; set; } = 25;
    public string From { get; set; } = "thongsuot@localhost";
    public string FromName { get; set; } = "ThongSuot";
    public string? UserName { get; set; }
    public string? Password { get; set; }
    /// <summary>STARTTLS; turn off only for a relay on loopback.</summary>
    public bool EnableSsl { get; set; } = true;
    public int TimeoutSeconds { get; set; } = 30;
}
