using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Data;
using ThongSuot.Features.Organizations;

namespace ThongSuot.Features.Notifications;

/// <summary>
/// One event to tell people about. <see cref="DedupKey"/> names the occurrence ("reminder:{assignment}:D-2",
/// "incident:{id}:created"); each recipient's message gets it plus channel and recipient, so producing the same event
/// twice notifies nobody twice.
/// </summary>
public sealed record NotificationEvent(string EventType, NotificationCategory Category, string DedupKey, string Subject, string Body)
{
    public string? BodyHtml { get; init; }
    /// <summary>Serialised as the webhook's "data" (camelCase JSON).</summary>
    public object? Data { get; init; }
    /// <summary>A path in the app, e.g. "/Incidents/Details/…", for the bell.</summary>
    public string? Link { get; init; }
    /// <summary>A file for the e-mails only, as <see cref="OutboxMessage.Attachment"/>.</summary>
    public string? Attachment { get; init; }
}

/// <summary>Turns "notify organisation X (or user U) about E" into outbox messages per the recipients' preferences.</summary>
public sealed class Notifier(Outbox outbox)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <summary>Enqueues in the caller's unit of work (save with <see cref="Outbox.SaveChangesAsync"/>); returns the number of messages added.</summary>
    public async Task<int> NotifyOrganizationAsync(AppDbContext db, Guid organizationId, NotificationEvent e, CancellationToken ct = default)
    {
        var organization = await db.Set<Organization>().AsNoTracking().Where(o => o.Id == organizationId)
            .Select(o => new { o.Id, o.Email }).FirstOrDefaultAsync(ct);
        if (organization is null) return 0;
        var prefs = await PreferencesAsync(db, organizationId, e.Category, ct);
        var org = prefs.TryGetValue(NotificationPreference.KeyFor(organizationId, null), out var p) ? (p.InApp, p.Email, p.Webhook) : NotificationDefaults.Organization;
        var users = await db.Users.AsNoTracking().Where(u => u.OrganizationId == organizationId && !u.IsDisabled)
            .Select(u => new { u.Id, u.Email }).ToListAsync(ct);

        var messages = new List<OutboxMessage>();
        var emails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (org.Email && !string.IsNullOrWhiteSpace(organization.Email)) emails.Add(organization.Email.Trim());
        foreach (var user in users)
        {
            var mine = prefs.TryGetValue(NotificationPreference.KeyFor(organizationId, user.Id), out var up) ? (up.InApp, up.Email, up.Webhook) : NotificationDefaults.User;
            if (org.InApp && mine.InApp) messages.Add(Message(e, OutboxChannel.InApp, $"user:{user.Id}", m => { m.UserId = user.Id; m.OrganizationId = organizationId; }));
            if (org.Email && mine.Email && !string.IsNullOrWhiteSpace(user.Email)) emails.Add(user.Email.Trim());
        }
        foreach (var address in emails)
            messages.Add(Message(e, OutboxChannel.Email, address.ToLowerInvariant(), m => { m.Address = address; m.OrganizationId = organizationId; }));
        if (org.Webhook)
        {
            var endpoints = await db.Set<WebhookEndpoint>().AsNoTracking().Where(w => w.OrganizationId == organizationId && w.Enabled).ToListAsync(ct);
            foreach (var endpoint in endpoints.Where(w => w.Accepts(e.EventType)))
                messages.Add(Message(e, OutboxChannel.Webhook, $"hook:{endpoint.Id}", m => { m.WebhookEndpointId = endpoint.Id; m.OrganizationId = organizationId; }));
        }
        return await outbox.EnqueueAllAsync(db, messages, ct);
    }

    /// <summary>One person, by their own preferences (in-app and, if they chose it, e-mail).</summary>
    public async Task<int> NotifyUserAsync(AppDbContext db, Guid userId, NotificationEvent e, CancellationToken ct = default)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId && !u.IsDisabled)
            .Select(u => new { u.Id, u.Email, u.OrganizationId }).FirstOrDefaultAsync(ct);
        if (user is null) return 0;
        var prefs = await PreferencesAsync(db, user.OrganizationId, e.Category, ct);
        var mine = prefs.TryGetValue(NotificationPreference.KeyFor(user.OrganizationId, user.Id), out var up) ? (up.InApp, up.Email, up.Webhook) : NotificationDefaults.User;
        var messages = new List<OutboxMessage>();
        if (mine.InApp) messages.Add(Message(e, OutboxChannel.InApp, $"user:{user.Id}", m => { m.UserId = user.Id; m.OrganizationId = user.OrganizationId; }));
        if (mine.Email && !string.IsNullOrWhiteSpace(user.Email))
            messages.Add(Message(e, OutboxChannel.Email, user.Email.Trim().ToLowerInvariant(), m => { m.Address = user.Email.Trim(); m.UserId = user.Id; m.OrganizationId = user.OrganizationId; }));
        return await outbox.EnqueueAllAsync(db, messages, ct);
    }

    private static OutboxMessage Message(NotificationEvent e, OutboxChannel channel, string recipient, Action<OutboxMessage> address)
    {
        var message = new OutboxMessage
        {
            Channel = channel, EventType = e.EventType, DedupKey = Key(e.DedupKey, channel, recipient),
            Subject = e.Subject, Body = e.Body, BodyHtml = channel == OutboxChannel.Email ? e.BodyHtml : null,
            Payload = e.Data is null ? null : JsonSerializer.Serialize(e.Data, Json), Link = e.Link,
            Attachment = channel == OutboxChannel.Email ? e.Attachment : null,
        };
        address(message);
        return message;
    }

    /// <summary>Long event keys are hashed so the unique column stays within its 300 characters.</summary>
    private static string Key(string eventKey, OutboxChannel channel, string recipient)
    {
        var key = $"{eventKey}|{channel}|{recipient}";
        return key.Length <= 300 ? key : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));
    }

    private static async Task<Dictionary<string, NotificationPreference>> PreferencesAsync(AppDbContext db, Guid organizationId, NotificationCategory category, CancellationToken ct) =>
        await db.Set<NotificationPreference>().AsNoTracking()
            .Where(p => p.OrganizationId == organizationId && p.Category == category)
            .ToDictionaryAsync(p => p.OwnerKey, ct);
}
