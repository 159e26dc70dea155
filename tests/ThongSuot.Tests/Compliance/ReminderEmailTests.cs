using System.Text;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using ThongSuot.Features.Compliance;
using ThongSuot.Features.Notifications;
using ThongSuot.Tests.Notifications;

namespace ThongSuot.Tests.Compliance;

/// <summary>Reminders by e-mail through a real SMTP server (python3-aiosmtpd, smtp_sink.py) on loopback.</summary>
public abstract class ReminderEmailTests(ReminderAppFactory app)
{
    [Fact]
    public async Task EachReminderArrivesExactlyOnceWithItsSubjectAndLink()
    {
        using var smtp = new SmtpSink(app.SmtpPort);
        smtp.Start();
        try
        {
            var due = app.Today.AddDays(4);
            var viettel = await app.AssignAsync("VIETTEL", due);
            var vnpt = await app.AssignAsync("VNPT", due, AssignmentStatus.Returned);

            app.MoveTo(due.AddDays(-2), 7, 1);
            await app.Worker.ScanAsync();
            await DispatchUntilQuietAsync();
            // Scanning and dispatching again (as every minute) sends nothing more.
            await app.Worker.ScanAsync();
            await DispatchUntilQuietAsync();

            foreach (var (id, address) in new[] { (viettel, "lienhe.viettel@quangtri.example"), (vnpt, "lienhe.vnpt@quangtri.example") })
            {
                var mails = MailsFor(smtp, id);
                var mail = Assert.Single(mails);
                Assert.Contains($"To: {address}", mail.Raw, StringComparison.OrdinalIgnoreCase);
                Assert.StartsWith("Nhắc hạn báo cáo: còn 2 ngày – Công văn số 1062/", mail.Subject);
                Assert.Contains($"https://thongsuot.test/Compliance/Assignment/{id}", mail.Text);
                Assert.Contains($"Hạn báo cáo: {due:dd/MM/yyyy}", mail.Text);
                var message = (await app.RemindersAsync(id)).Single(m => m.Channel == OutboxChannel.Email);
                Assert.Contains($"{EmailChannel.MessageIdHeader}: {message.Id}", mail.Raw);
                Assert.Equal((OutboxStatus.Sent, 1), (message.Status, message.Attempts));
            }
            Assert.Contains("Tình trạng: Bị trả lại", Assert.Single(MailsFor(smtp, vnpt)).Text);
            // The same reminders reached the members' bells, once each.
            var inApp = await app.WithDbAsync(db => db.Set<InAppNotification>().Where(n => n.Link == $"/Compliance/Assignment/{viettel}").CountAsync());
            Assert.Equal((await app.ContactsAsync("VIETTEL")).Users, inApp);
        }
        finally { smtp.Stop(); }
    }

    [Fact]
    public async Task WithTheServerDownRemindersWaitAndArriveOnceWhenItIsBack()
    {
        using var smtp = new SmtpSink(app.SmtpPort);
        var due = app.Today.AddDays(3);
        var id = await app.AssignAsync("MOBIFONE", due, AssignmentStatus.Acknowledged);

        app.MoveTo(due, 7, 2);
        await app.Worker.ScanAsync();
        await app.Dispatcher.DispatchDueAsync();
        var failed = (await app.RemindersAsync(id)).Single(m => m.Channel == OutboxChannel.Email);
        Assert.Equal(OutboxStatus.Failed, failed.Status);
        Assert.Equal(1, failed.Attempts);
        Assert.NotNull(failed.LastError);
        Assert.True(failed.NextAttemptAt > app.Clock.GetUtcNow().UtcDateTime, "a retry is scheduled");
        // The bell does not need the mail server.
        Assert.All((await app.RemindersAsync(id)).Where(m => m.Channel == OutboxChannel.InApp), m => Assert.Equal(OutboxStatus.Sent, m.Status));

        // Scans while it waits add no second copy.
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await app.Worker.ScanAsync();
        await app.Dispatcher.DispatchDueAsync();
        var waiting = Assert.Single(await app.RemindersAsync(id), m => m.Channel == OutboxChannel.Email);
        Assert.Equal(OutboxStatus.Failed, waiting.Status);
        Assert.True(waiting.Attempts >= 1);

        smtp.Start();
        try
        {
            app.Clock.MoveTo(waiting.NextAttemptAt.AddSeconds(1));
            await app.Worker.ScanAsync();
            await DispatchUntilQuietAsync();
            app.Clock.Advance(TimeSpan.FromHours(2));
            await app.Worker.ScanAsync();
            await DispatchUntilQuietAsync();

            var mail = Assert.Single(MailsFor(smtp, id));
            Assert.StartsWith("Hôm nay hết hạn báo cáo – Công văn số 1062/", mail.Subject);
            Assert.Contains($"https://thongsuot.test/Compliance/Assignment/{id}", mail.Text);
            var sent = (await app.RemindersAsync(id)).Single(m => m.Channel == OutboxChannel.Email);
            Assert.Equal((OutboxStatus.Sent, waiting.Attempts + 1), (sent.Status, sent.Attempts));
            Assert.Contains($"{EmailChannel.MessageIdHeader}: {sent.Id}", mail.Raw);
        }
        finally { smtp.Stop(); }
    }

    private async Task DispatchUntilQuietAsync()
    {
        for (var i = 0; i < 20 && (await app.Dispatcher.DispatchDueAsync()).Claimed > 0; i++) { }
    }

    /// <summary>The mails the sink received whose body links to this assignment (other tests' reminders share the sink's server port only by class).</summary>
    private static List<Mail> MailsFor(SmtpSink smtp, Guid assignmentId) =>
        smtp.Messages().Select(Mail.Parse).Where(m => m.Text.Contains($"/Compliance/Assignment/{assignmentId}", StringComparison.Ordinal)).ToList();

    /// <summary>The mail as a mail reader shows it (MimeKit decodes the subject's encoded words and the parts), beside its raw text.</summary>
    private sealed record Mail(string Raw, string Subject, string Text)
    {
        public static Mail Parse(string raw)
        {
            using var mime = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(raw)));
            return new Mail(raw, mime.Subject ?? "", raw + "\n" + mime.TextBody + "\n" + mime.HtmlBody);
        }
    }
}

public sealed class ReminderEmailTestsOnSqlite(SqliteReminderAppFactory app) : ReminderEmailTests(app), IClassFixture<SqliteReminderAppFactory>;
