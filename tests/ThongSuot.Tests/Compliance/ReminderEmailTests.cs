using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Compliance;
using ThongSuot.Features.Notifications;
using ThongSuot.Tests.Notifications;

namespace ThongSuot.Tests.Compliance;

/// <summary>Reminders by e-mail through a real SMTP server (python3-aiosmtpd, smtp_sink.py) on loopback.</summary>
public abstract partial class ReminderEmailTests(ReminderAppFactory app)
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

    /// <summary>Just enough MIME for System.Net.Mail's output: encoded-word subject, base64 or quoted-printable parts.</summary>
    private sealed partial record Mail(string Raw, string Subject, string Text)
    {
        public static Mail Parse(string raw)
        {
            var lines = raw.Replace("\r\n", "\n").Split('\n');
            var subjectHeader = string.Join("", lines.SkipWhile(l => !l.StartsWith("Subject:", StringComparison.Ordinal))
                .TakeWhile((l, i) => i == 0 || l.StartsWith(' ') || l.StartsWith('\t')).Select(l => l.Trim()));
            var words = EncodedWord().Matches(subjectHeader);
            var subject = words.Count == 0 ? subjectHeader["Subject:".Length..].Trim()
                : Encoding.UTF8.GetString(words.SelectMany(m => Convert.FromBase64String(m.Groups[1].Value)).ToArray());
            return new Mail(raw, subject, raw + "\n" + DecodeParts(lines));
        }

        private static string DecodeParts(string[] lines)
        {
            var text = new StringBuilder();
            for (var i = 0; i < lines.Length; i++)
            {
                var header = lines[i].Trim();
                if (!header.StartsWith("Content-Transfer-Encoding:", StringComparison.OrdinalIgnoreCase)) continue;
                var j = i + 1;
                while (j < lines.Length && lines[j].Length > 0) j++; // rest of the part's headers
                var body = new List<string>();
                for (j++; j < lines.Length && !lines[j].StartsWith("--", StringComparison.Ordinal); j++) body.Add(lines[j]);
                if (header.EndsWith("base64", StringComparison.OrdinalIgnoreCase))
                    text.AppendLine(Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body).Trim())));
                else if (header.EndsWith("quoted-printable", StringComparison.OrdinalIgnoreCase))
                    text.AppendLine(QuotedPrintable(string.Join("\n", body)));
                else text.AppendLine(string.Join("\n", body));
            }
            return text.ToString();
        }

        private static string QuotedPrintable(string s)
        {
            var bytes = new List<byte>();
            s = s.Replace("=\n", "", StringComparison.Ordinal);
            for (var i = 0; i < s.Length; i++)
            {
                if (s[i] == '=' && i + 2 < s.Length && Uri.IsHexDigit(s[i + 1]) && Uri.IsHexDigit(s[i + 2]))
                {
                    bytes.Add(Convert.ToByte(s.Substring(i + 1, 2), 16));
                    i += 2;
                }
                else bytes.AddRange(Encoding.UTF8.GetBytes(s[i].ToString()));
            }
            return Encoding.UTF8.GetString(bytes.ToArray());
        }

        [GeneratedRegex(@"=\?utf-8\?B\?([^?]+)\?=", RegexOptions.IgnoreCase)]
        private static partial Regex EncodedWord();
    }
}

public sealed class ReminderEmailTestsOnSqlite(SqliteReminderAppFactory app) : ReminderEmailTests(app), IClassFixture<SqliteReminderAppFactory>;

public sealed class ReminderEmailTestsOnPostgres(PostgresReminderAppFactory app) : ReminderEmailTests(app), IClassFixture<PostgresReminderAppFactory>;
