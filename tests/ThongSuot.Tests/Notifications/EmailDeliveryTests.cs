using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThongSuot.Data;
using ThongSuot.Features.Notifications;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Notifications;

/// <summary>E-mail through a real SMTP server (python3-aiosmtpd) on loopback, driven by DispatchDueAsync and a manual clock.</summary>
public abstract class EmailDeliveryTests(NotificationsAppFactory app)
{
    [Fact]
    public async Task EachEmailArrivesExactlyOnceWithItsVietnameseSubject()
    {
        using var smtp = new SmtpSink(app.SmtpPort);
        smtp.Start();
        try
        {
            var ids = await EnqueueAsync(2, "Nhắc hạn: báo cáo sẵn sàng Tết Đinh Mùi");

            await DispatchUntilQuietAsync();
            await DispatchUntilQuietAsync();

            var mails = smtp.Messages();
            foreach (var id in ids) Assert.Single(mails, m => m.Contains($"X-ThongSuot-Message: {id}"));
            var statuses = await app.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => ids.Contains(m.Id)).Select(m => new { m.Status, m.Attempts, m.SentAt }).ToListAsync());
            Assert.All(statuses, s => { Assert.Equal(OutboxStatus.Sent, s.Status); Assert.Equal(1, s.Attempts); Assert.NotNull(s.SentAt); });
            // The subject is UTF-8 encoded-word text; decoded, it is the Vietnamese we wrote.
            var subject = mails.First(m => m.Contains(ids[0].ToString())).Split('\n').First(l => l.StartsWith("Subject:", StringComparison.Ordinal));
            Assert.Contains("Nhắc hạn: báo cáo sẵn sàng Tết Đinh Mùi", DecodeSubject(mails.First(m => m.Contains(ids[0].ToString()))));
            Assert.DoesNotContain("Nhắc", subject); // encoded on the wire, not raw 8-bit
        }
        finally { smtp.Stop(); }
    }

    [Fact]
    public async Task WithTheServerDownEmailsWaitAndArriveOnceWhenItIsBack()
    {
        using var smtp = new SmtpSink(app.SmtpPort);
        var ids = await EnqueueAsync(1, "Thư chờ máy chủ thư");

        await app.Dispatcher.DispatchDueAsync();
        var failed = await app.WithDbAsync(db => db.Set<OutboxMessage>().SingleAsync(m => m.Id == ids[0]));
        Assert.Equal(OutboxStatus.Failed, failed.Status);
        Assert.Equal(1, failed.Attempts);
        Assert.NotNull(failed.LastError);
        Assert.True(failed.NextAttemptAt > app.Clock.GetUtcNow().UtcDateTime, "a retry is scheduled in the future");

        // Not due yet: a second pass leaves it alone.
        await app.Dispatcher.DispatchDueAsync();
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.Id == ids[0]).Select(m => m.Attempts).SingleAsync()));

        smtp.Start();
        try
        {
            app.Clock.MoveTo(failed.NextAttemptAt.AddSeconds(1));
            await DispatchUntilQuietAsync();
            app.Clock.Advance(TimeSpan.FromHours(2));
            await DispatchUntilQuietAsync();

            Assert.Single(smtp.Messages(), m => m.Contains($"X-ThongSuot-Message: {ids[0]}"));
            var sent = await app.WithDbAsync(db => db.Set<OutboxMessage>().SingleAsync(m => m.Id == ids[0]));
            Assert.Equal(OutboxStatus.Sent, sent.Status);
            Assert.Equal(2, sent.Attempts);
        }
        finally { smtp.Stop(); }
    }

    [Fact]
    public async Task AnUndeliverableAddressGoesDeadAtOnceInsteadOfRetryingForever()
    {
        var id = await app.WithDbAsync(async db =>
        {
            var m = Email("not an address", "Địa chỉ sai");
            await Outbox(db).EnqueueAsync(db, m);
            await db.SaveChangesAsync();
            return m.Id;
        });
        await app.Dispatcher.DispatchDueAsync();
        var dead = await app.WithDbAsync(db => db.Set<OutboxMessage>().SingleAsync(m => m.Id == id));
        Assert.Equal(OutboxStatus.Dead, dead.Status);
    }

    [Fact]
    public async Task ARecipientTheServerRefusesGoesDeadAtOnceWithoutRetries()
    {
        using var smtp = new SmtpSink(app.SmtpPort);
        smtp.Start();
        try
        {
            var id = await EnqueueToAsync("refused.vnpt@quangtri.example", "Hộp thư không có");

            await app.Dispatcher.DispatchDueAsync();
            app.Clock.Advance(TimeSpan.FromHours(2));
            await DispatchUntilQuietAsync();

            var dead = await app.WithDbAsync(db => db.Set<OutboxMessage>().SingleAsync(m => m.Id == id));
            Assert.Equal((OutboxStatus.Dead, 1), (dead.Status, dead.Attempts));
            Assert.Contains("550", dead.LastError, StringComparison.Ordinal);
            Assert.DoesNotContain(smtp.Messages(), m => m.Contains(id.ToString(), StringComparison.Ordinal));
        }
        finally { smtp.Stop(); }
    }

    [Fact]
    public async Task ARecipientTheServerAsksToTryLaterIsRetried()
    {
        using var smtp = new SmtpSink(app.SmtpPort);
        smtp.Start();
        try
        {
            var id = await EnqueueToAsync("busy.vnpt@quangtri.example", "Hộp thư đang bận");

            await app.Dispatcher.DispatchDueAsync();
            var first = await app.WithDbAsync(db => db.Set<OutboxMessage>().SingleAsync(m => m.Id == id));
            Assert.Equal((OutboxStatus.Failed, 1), (first.Status, first.Attempts));
            Assert.Contains("try again later", first.LastError, StringComparison.Ordinal);
            Assert.True(first.NextAttemptAt > app.Clock.GetUtcNow().UtcDateTime, "a retry is scheduled in the future");

            app.Clock.MoveTo(first.NextAttemptAt.AddSeconds(1));
            await app.Dispatcher.DispatchDueAsync();
            var second = await app.WithDbAsync(db => db.Set<OutboxMessage>().SingleAsync(m => m.Id == id));
            Assert.Equal((OutboxStatus.Failed, 2), (second.Status, second.Attempts));
            Assert.True(second.NextAttemptAt > first.NextAttemptAt, "the next retry is scheduled later again");
        }
        finally { smtp.Stop(); }
    }

    private async Task<List<Guid>> EnqueueAsync(int count, string subject) => await app.WithDbAsync(async db =>
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var m = Email($"lienhe{i}@viettel.example", subject);
            m.BodyHtml = "<p>Xin chào <b>Viettel Quảng Trị</b></p>";
            Assert.True(await Outbox(db).EnqueueAsync(db, m));
            ids.Add(m.Id);
        }
        await db.SaveChangesAsync();
        return ids;
    });

    private async Task<Guid> EnqueueToAsync(string address, string subject) => await app.WithDbAsync(async db =>
    {
        var m = Email(address, subject);
        Assert.True(await Outbox(db).EnqueueAsync(db, m));
        await db.SaveChangesAsync();
        return m.Id;
    });

    private static OutboxMessage Email(string address, string subject) => new()
    {
        Channel = OutboxChannel.Email, EventType = "reminder.due", DedupKey = $"test:{Guid.NewGuid()}", Address = address,
        Subject = subject, Body = "Đề nghị đơn vị báo cáo trước 17 giờ 00 ngày 05/02/2027.",
    };

    private Outbox Outbox(AppDbContext _) => app.Services.GetRequiredService<Outbox>();

    private async Task DispatchUntilQuietAsync()
    {
        for (var i = 0; i < 10 && (await app.Dispatcher.DispatchDueAsync()).Claimed > 0; i++) { }
    }

    /// <summary>The subject as a mail reader shows it: MimeKit decodes the encoded words.</summary>
    private static string DecodeSubject(string mail)
    {
        using var message = MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(mail)));
        return message.Subject ?? "";
    }
}

public sealed class EmailDeliveryTestsOnSqlite(SqliteNotificationsAppFactory app) : EmailDeliveryTests(app), IClassFixture<SqliteNotificationsAppFactory>;
