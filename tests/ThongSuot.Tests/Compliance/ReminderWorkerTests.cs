using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThongSuot.Features.Compliance;
using ThongSuot.Features.Directives;
using ThongSuot.Features.Notifications;
using ThongSuot.Features.Organizations;

namespace ThongSuot.Tests.Compliance;

/// <summary>The reminder worker on a manual clock: one message per recipient and occasion, however often and wherever it runs.</summary>
public abstract class ReminderWorkerTests(ReminderAppFactory app)
{
    [Fact]
    public async Task ScanningTwiceEnqueuesEachReminderOncePerRecipient()
    {
        var due = app.Today.AddDays(5);
        var id = await app.AssignAsync("VIETTEL", due);
        var (email, users) = await app.ContactsAsync("VIETTEL");

        app.MoveTo(due.AddDays(-2), 6, 59);
        await app.Worker.ScanAsync();
        Assert.Empty(await app.RemindersAsync(id));

        app.MoveTo(due.AddDays(-2), 7, 1);
        await app.Worker.ScanAsync();
        await app.Worker.ScanAsync();

        var messages = await app.RemindersAsync(id);
        Assert.All(messages, m => Assert.Equal("D-2", ReminderAppFactory.Occasion(m)));
        Assert.Single(messages, m => m.Channel == OutboxChannel.Email && m.Address == email);
        Assert.Equal(users, messages.Count(m => m.Channel == OutboxChannel.InApp));
        Assert.Equal(users + 1, messages.Count);

        var mail = messages.Single(m => m.Channel == OutboxChannel.Email);
        Assert.Equal(ReminderMessage.EventType, mail.EventType);
        Assert.Contains("còn 2 ngày", mail.Subject);
        Assert.Contains("Công văn số 1062/", mail.Subject);
        Assert.Contains($"https://thongsuot.test/Compliance/Assignment/{id}", mail.Body);
        Assert.Contains($"Hạn báo cáo: {due:dd/MM/yyyy}", mail.Body);
        Assert.Contains("Tình trạng: Chưa xác nhận", mail.Body);
        Assert.Contains("Kính gửi: Viettel Quảng Trị", mail.Body);
        var hotline = await app.WithDbAsync(db => db.Set<Organization>().Where(o => o.ShortName == "SKHCN").Select(o => o.Hotline).SingleAsync());
        Assert.False(string.IsNullOrWhiteSpace(hotline));
        Assert.Contains($"đường dây nóng của Sở Khoa học và Công nghệ tỉnh Quảng Trị: {hotline}", mail.Body);
        Assert.Contains("- Công văn: số 1062/SKHCN-", mail.Body);
        Assert.Contains($"href=\"https://thongsuot.test/Compliance/Assignment/{id}\"", mail.BodyHtml);
        Assert.All(messages.Where(m => m.Channel == OutboxChannel.InApp), m => Assert.Equal($"/Compliance/Assignment/{id}", m.Link));
    }

    [Fact]
    public async Task EachOccasionFollowsInTurnAndASubmittedReportStopsThem()
    {
        var due = app.Today.AddDays(4);
        var id = await app.AssignAsync("VNPT", due, AssignmentStatus.Acknowledged);

        app.MoveTo(due.AddDays(-2), 7);
        await app.Worker.ScanAsync();
        app.MoveTo(due, 7, 5);
        await app.Worker.ScanAsync();
        app.MoveTo(due.AddDays(1), 7, 10);
        await app.Worker.ScanAsync();
        await app.Worker.ScanAsync();

        var occasions = (await app.RemindersAsync(id)).Where(m => m.Channel == OutboxChannel.Email).Select(ReminderAppFactory.Occasion).ToList();
        Assert.Equal(["D-2", "D0", "overdue"], occasions);
        var overdue = (await app.RemindersAsync(id)).First(m => ReminderAppFactory.Occasion(m) == "overdue" && m.Channel == OutboxChannel.Email);
        Assert.Contains("Quá hạn báo cáo", overdue.Subject);
        Assert.Contains("Tình trạng: Quá hạn", overdue.Body);

        // Repeats on, but the report is in: nothing more.
        await app.WithDbAsync(async db =>
        {
            var a = await db.Set<ComplianceAssignment>().SingleAsync(x => x.Id == id);
            a.Status = AssignmentStatus.Submitted;
            return await db.SaveChangesAsync();
        });
        app.MoveTo(due.AddDays(9), 8);
        await app.Worker.ScanAsync();
        Assert.Equal(3, (await app.RemindersAsync(id)).Count(m => m.Channel == OutboxChannel.Email));
    }

    [Fact]
    public async Task AfterAnOutageOnlyTheLatestReminderIsSent()
    {
        var due = app.Today.AddDays(3);
        var id = await app.AssignAsync("MOBIFONE", due);

        // Nobody scanned over D-2 and D0: the first scan after the due day sends the overdue reminder alone.
        app.MoveTo(due.AddDays(1), 9);
        await app.Worker.ScanAsync();

        var messages = await app.RemindersAsync(id);
        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.Equal("overdue", ReminderAppFactory.Occasion(m)));
    }

    [Fact]
    public async Task SubmittedAcceptedClosedCampaignAndSupersededLettersGetNoReminder()
    {
        var due = app.Today.AddDays(3);
        var submitted = await app.AssignAsync("FPT", due, AssignmentStatus.Submitted);
        var accepted = await app.AssignAsync("VTPOST", due, AssignmentStatus.Accepted);
        var closed = await app.AssignAsync("VIETTEL", due, closedCampaign: true);
        var open = await app.AssignAsync("CAT", due);
        var letterId = await app.WithDbAsync(db => db.Set<ComplianceAssignment>().Where(a => a.Id == open).Select(a => a.DirectiveId).SingleAsync());

        await SetLetterStatusAsync(letterId, DirectiveStatus.Superseded);
        try
        {
            app.MoveTo(due, 8);
            await app.Worker.ScanAsync();
            foreach (var id in new[] { submitted, accepted, closed, open }) Assert.Empty(await app.RemindersAsync(id));
        }
        finally { await SetLetterStatusAsync(letterId, DirectiveStatus.Issued); }

        // The same assignment of the letter back in force is reminded: it was the supersession that held it back.
        await app.Worker.ScanAsync();
        Assert.Contains(await app.RemindersAsync(open), m => ReminderAppFactory.Occasion(m) == "D0");
        foreach (var id in new[] { submitted, accepted, closed }) Assert.Empty(await app.RemindersAsync(id));
    }

    [Fact]
    public async Task ARestartedWorkerOrASecondInstanceOnTheSameDatabaseAddsNothing()
    {
        var due = app.Today.AddDays(3);
        var first = await app.AssignAsync("UBND-DONGHOI", due);
        var laterDue = due.AddDays(3);
        var other = await app.AssignAsync("UBND-DONGHA", laterDue);
        app.MoveTo(due, 7, 30);
        await app.Worker.ScanAsync();
        var before = (await app.RemindersAsync(first)).Select(m => m.Id).Order().ToList();
        Assert.NotEmpty(before);

        // A restart: a new worker (new scopes, nothing remembered) on the same app.
        var restarted = ActivatorUtilities.CreateInstance<ReminderWorker>(app.Services);
        Assert.Equal(0, await restarted.ScanAsync());

        // A second node on the same database, and both scanning at once for a new reminder.
        await using var second = new SecondReminderInstance(app);
        Assert.Equal(0, await second.Worker.ScanAsync());
        Assert.Equal(before, (await app.RemindersAsync(first)).Select(m => m.Id).Order().ToList());

        app.MoveTo(laterDue, 7, 30);
        await Task.WhenAll(app.Worker.ScanAsync(), second.Worker.ScanAsync(), restarted.ScanAsync());
        var messages = await app.RemindersAsync(other);
        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.Equal("D0", ReminderAppFactory.Occasion(m)));
        Assert.Equal(messages.Count, messages.Select(m => m.DedupKey).Distinct().Count());
        var (email, users) = await app.ContactsAsync("UBND-DONGHA");
        Assert.Equal(users + 1, messages.Count);
        Assert.Single(messages, m => m.Address == email);
    }

    private Task SetLetterStatusAsync(Guid id, DirectiveStatus status) => app.WithDbAsync(async db =>
    {
        var letter = await db.Set<Directive>().SingleAsync(d => d.Id == id);
        letter.Status = status;
        return await db.SaveChangesAsync();
    });
}

public sealed class ReminderWorkerTestsOnSqlite(SqliteReminderAppFactory app) : ReminderWorkerTests(app), IClassFixture<SqliteReminderAppFactory>;

public sealed class ReminderWorkerTestsOnPostgres(PostgresReminderAppFactory app) : ReminderWorkerTests(app), IClassFixture<PostgresReminderAppFactory>;
