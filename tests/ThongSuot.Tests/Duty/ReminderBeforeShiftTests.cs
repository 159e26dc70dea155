using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Duty;
using ThongSuot.Features.Notifications;
using ThongSuot.Features.Organizations;
using ThongSuot.Tests.Compliance;

namespace ThongSuot.Tests.Duty;

/// <summary>The optional reminder before a shift (Duty:ShiftReminderMinutes, 30 in these tests): once, before the start, never after.</summary>
public abstract class ReminderBeforeShiftTests(ReminderAppFactory app)
{
    private ReminderBeforeShift Worker => app.Services.GetRequiredService<ReminderBeforeShift>();

    [Fact]
    public async Task ThePersonIsToldOnceBeforeTheShiftAndAgainOnlyIfItMoves()
    {
        var (shiftId, email, userId) = await ShiftAsync(TimeSpan.FromMinutes(45));

        await Worker.ScanAsync();
        Assert.Empty(await MessagesAsync(shiftId));

        app.Clock.Advance(TimeSpan.FromMinutes(20));
        await Worker.ScanAsync();
        await Worker.ScanAsync();
        var messages = await MessagesAsync(shiftId);
        var mail = Assert.Single(messages, m => m.Channel == OutboxChannel.Email);
        Assert.Equal(email, mail.Address);
        Assert.StartsWith("Nhắc ca trực: ", mail.Subject);
        Assert.Contains("https://thongsuot.test/Duty", mail.Body);
        Assert.Single(messages, m => m.Channel == OutboxChannel.InApp && m.UserId == userId);
        Assert.Equal(2, messages.Count);

        // After the start nothing more; moved to later, it is a new start and the person is told again.
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        await Worker.ScanAsync();
        Assert.Equal(2, (await MessagesAsync(shiftId)).Count);
        await app.WithDbAsync(async db =>
        {
            var shift = await db.Set<DutyShift>().SingleAsync(s => s.Id == shiftId);
            shift.StartsAt = app.Clock.GetUtcNow().UtcDateTime.AddMinutes(10);
            shift.EndsAt = shift.StartsAt.AddHours(8);
            return await db.SaveChangesAsync();
        });
        await Worker.ScanAsync();
        Assert.Equal(2, (await MessagesAsync(shiftId)).Count(m => m.Channel == OutboxChannel.Email));
    }

    [Fact]
    public void TheReminderIsOffByDefaultAndNeverAfterTheStart()
    {
        var now = new DateTime(2027, 2, 5, 10, 0, 0, DateTimeKind.Utc);
        Assert.Equal(0, new ShiftReminderOptions().ShiftReminderMinutes);
        Assert.False(ShiftReminderOptions.IsDue(now.AddMinutes(10), now, 0));
        Assert.True(ShiftReminderOptions.IsDue(now.AddMinutes(30), now, 30));
        Assert.False(ShiftReminderOptions.IsDue(now.AddMinutes(31), now, 30));
        Assert.False(ShiftReminderOptions.IsDue(now, now, 30));
    }

    private Task<List<OutboxMessage>> MessagesAsync(Guid shiftId) => app.WithDbAsync(db =>
        db.Set<OutboxMessage>().AsNoTracking().Where(m => m.DedupKey.StartsWith($"duty:shift:{shiftId}:")).ToListAsync());

    /// <summary>A shift of a Viettel person starting after <paramref name="startsIn"/>; the demo user "viettel" is given the person's address.</summary>
    private Task<(Guid Shift, string Email, Guid User)> ShiftAsync(TimeSpan startsIn) => app.WithDbAsync(async db =>
    {
        var org = await db.Set<Organization>().Include(o => o.People).SingleAsync(o => o.ShortName == "VIETTEL");
        var person = org.People.OrderBy(p => p.FullName).First(p => p.Email != null);
        var campaign = await db.Set<Campaign>().FirstAsync(c => c.Status == CampaignStatus.Active);
        var user = await db.Users.SingleAsync(u => u.UserName == "viettel");
        user.Email = person.Email;
        user.NormalizedEmail = person.Email!.ToUpperInvariant();
        var start = app.Clock.GetUtcNow().UtcDateTime.Add(startsIn);
        var shift = new DutyShift
        {
            OrganizationId = org.Id, CampaignId = campaign.Id, PersonId = person.Id, PersonName = person.FullName, Phone = person.Phone,
            Role = default, StartsAt = start, EndsAt = start.AddHours(8),
        };
        db.Add(shift);
        await db.SaveChangesAsync();
        return (shift.Id, person.Email!, user.Id);
    });
}

public sealed class ReminderBeforeShiftTestsOnSqlite(SqliteReminderAppFactory app) : ReminderBeforeShiftTests(app), IClassFixture<SqliteReminderAppFactory>;
