using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThongSuot.Data;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Notifications;
using ThongSuot.Features.Organizations;
using ThongSuot.Shared;

namespace ThongSuot.Features.Duty;

/// <summary>Configuration section "Duty": the optional reminder to a person before their shift.</summary>
public sealed class ShiftReminderOptions
{
    /// <summary>Remind the person this many minutes before the shift starts; 0 (the default) turns it off.</summary>
    public int ShiftReminderMinutes { get; set; }

    /// <summary>How often the worker looks for shifts about to start; 0 turns the loop off (tests call ScanAsync).</summary>
    public int ShiftReminderScanSeconds { get; set; } = 60;

    /// <summary>A shift gets its reminder once it starts within the lead time and has not started yet; never after it began.</summary>
    public static bool IsDue(DateTime startsAt, DateTime now, int minutes) =>
        minutes > 0 && startsAt > now && startsAt <= now.AddMinutes(minutes);
}

/// <summary>
/// Tells the person on a shift, N minutes before it starts, by e-mail to the address in the contact list and in the
/// app if a user of the organisation has that address. Same outbox and dedup pattern as the compliance reminders: the
/// key "duty:shift:{id}:{start}" makes it once per shift and start time (a moved shift is reminded again), across
/// restarts and nodes.
/// </summary>
public sealed class ReminderBeforeShift(
    IServiceScopeFactory scopes, IOptionsMonitor<ShiftReminderOptions> options, IOptionsMonitor<NotificationsOptions> notifications, TimeProvider clock, ILogger<ReminderBeforeShift> log) : BackgroundService
{
    public const string EventType = "duty.shift.reminder";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PeriodicWork.RunAsync(options.CurrentValue.ShiftReminderMinutes <= 0 ? 0 : options.CurrentValue.ShiftReminderScanSeconds,
            clock, ScanAsync, log, "Shift reminder scan", stoppingToken);

    /// <summary>One pass; returns how many messages were enqueued.</summary>
    public async Task<int> ScanAsync(CancellationToken ct = default)
    {
        var minutes = options.CurrentValue.ShiftReminderMinutes;
        if (minutes <= 0) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now.AddMinutes(minutes);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var shifts = await (
            from s in db.Set<DutyShift>().AsNoTracking()
            join p in db.Set<Person>() on s.PersonId equals p.Id
            where s.StartsAt > now && s.StartsAt <= until && s.Campaign!.Status != CampaignStatus.Closed && p.Email != null && p.Email != ""
            select new { s.Id, s.OrganizationId, s.StartsAt, s.EndsAt, s.Role, s.Place, p.FullName, p.Email, Organization = s.Organization!.Name })
            .ToListAsync(ct);
        var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
        var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
        var link = Uri.TryCreate(notifications.CurrentValue.PublicBaseUrl, UriKind.Absolute, out var b) ? b.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/Duty" : "/Duty";
        var added = 0;
        foreach (var s in shifts.Where(s => ShiftReminderOptions.IsDue(s.StartsAt, now, minutes)))
        {
            var key = $"duty:shift:{s.Id}:{s.StartsAt.Ticks}";
            var address = s.Email!.Trim();
            var subject = $"Nhắc ca trực: {TimeDisplay.Format(s.StartsAt)} – {s.Organization}";
            var body = $"Kính gửi: {s.FullName}\n\nĐồng chí có ca trực ({s.Role.Vietnamese()}) của {s.Organization} "
                + $"từ {TimeDisplay.Format(s.StartsAt)} đến {TimeDisplay.Format(s.EndsAt)} (giờ Việt Nam)"
                + (string.IsNullOrWhiteSpace(s.Place) ? "." : $" tại {s.Place}.") + $"\n\nXem lịch trực: {link}\n";
            var e = new NotificationEvent(EventType, NotificationCategory.Duty, key, subject, body) { Link = "/Duty", Data = new { ShiftId = s.Id, s.StartsAt, s.EndsAt } };
            // The bell for a user with the person's address; the e-mail key matches the notifier's, so one mail per address.
            var user = await db.Users.AsNoTracking().Where(u => u.OrganizationId == s.OrganizationId && !u.IsDisabled && u.NormalizedEmail == address.ToUpperInvariant())
                .Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
            if (user is { } userId) added += await notifier.NotifyUserAsync(db, userId, e, ct);
            if (await outbox.EnqueueAsync(db, new OutboxMessage
                {
                    Channel = OutboxChannel.Email, EventType = EventType, DedupKey = $"{key}|{OutboxChannel.Email}|{address.ToLowerInvariant()}",
                    Address = address, OrganizationId = s.OrganizationId, UserId = user, Subject = subject, Body = body, Link = e.Link,
                }, ct)) added++;
            await outbox.SaveChangesAsync(db, ct);
            db.ChangeTracker.Clear();
        }
        Shared.Telemetry.AppMetrics.RemindersSent("shift", added);
        return added;
    }
}
