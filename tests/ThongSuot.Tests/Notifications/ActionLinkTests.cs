using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThongSuot.Data;
using ThongSuot.Features.Audit;
using ThongSuot.Features.Notifications;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Notifications;

/// <summary>Signed single-use links at /a/{token}, anonymous, through the shipped "notification.read" purpose.</summary>
public abstract class ActionLinkTests(NotificationsAppFactory app)
{
    [Fact]
    public async Task ALinkWorksOnceAndIsRefusedTheSecondTime()
    {
        var (notificationId, path) = await NotificationWithLinkAsync(TimeSpan.FromHours(12));
        var client = app.Anonymous();

        var preview = await client.GetAsync(path);
        var previewHtml = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("Đánh dấu thông báo “Trạm Cồn Cỏ mất điện” là đã đọc.", previewHtml);
        Assert.Equal("no-referrer", preview.Headers.GetValues("Referrer-Policy").Single());
        Assert.Null(await ReadAtAsync(notificationId)); // looking at the link does nothing

        var form = await SignIn.AntiforgeryTokenAsync(client, path);
        var first = await PostAsync(client, path, form);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("Đã đánh dấu thông báo", WebUtility.HtmlDecode(await first.Content.ReadAsStringAsync()));
        var readAt = await ReadAtAsync(notificationId);
        Assert.NotNull(readAt);

        var second = await PostAsync(client, path, form);
        Assert.Equal(HttpStatusCode.Gone, second.StatusCode);
        Assert.Contains("Liên kết này đã được sử dụng.", WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Gone, (await client.GetAsync(path)).StatusCode);

        // The use is in the audit trail; the token is not, nor its hash.
        var token = path[3..];
        var audit = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == nameof(ActionLink)).ToListAsync());
        Assert.Contains(audit, a => a.Action == AuditAction.Update && a.After!.Contains("UsedAt"));
        Assert.DoesNotContain(audit, a => (a.After ?? "").Contains(token) || (a.After ?? "").Contains(ActionLinks.Hash(token)));
    }

    [Fact]
    public async Task AnExpiredLinkIsRefusedAndChangesNothing()
    {
        var (notificationId, path) = await NotificationWithLinkAsync(TimeSpan.FromMinutes(30));
        var client = app.Anonymous();
        var token = await SignIn.AntiforgeryTokenAsync(client, path);
        app.Clock.Advance(TimeSpan.FromMinutes(31));

        var get = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Gone, get.StatusCode);
        Assert.Contains("Liên kết đã hết hạn.", WebUtility.HtmlDecode(await get.Content.ReadAsStringAsync()));
        var post = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Gone, post.StatusCode);
        Assert.Null(await ReadAtAsync(notificationId));
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("abc")]
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("'%20OR%201%3D1--")]
    public async Task AnUnknownTokenGets404AndLearnsNothing(string token)
    {
        var response = await app.Anonymous().GetAsync($"/a/{token}");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(ActionLinks.NotFoundMessage, html);
        Assert.DoesNotContain("notification.read", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("Xác nhận", html);
    }

    private async Task<(Guid NotificationId, string Path)> NotificationWithLinkAsync(TimeSpan lifetime)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await db.Users.SingleAsync(u => u.UserName == "viettel");
        var notification = new InAppNotification
        {
            UserId = user.Id, OutboxMessageId = Guid.CreateVersion7(), EventType = "incident.created",
            Subject = "Trạm Cồn Cỏ mất điện", Body = "Máy phát đã chạy.", CreatedAt = DateTime.UtcNow,
        };
        db.Add(notification);
        var url = scope.ServiceProvider.GetRequiredService<ActionLinks>().Issue(db, MarkReadLinkHandler.PurposeName, notification.Id, lifetime, user.OrganizationId);
        await db.SaveChangesAsync();
        Assert.StartsWith("https://thongsuot.test/a/", url);
        return (notification.Id, new Uri(url).AbsolutePath);
    }

    private Task<DateTime?> ReadAtAsync(Guid id) =>
        app.WithDbAsync(db => db.Set<InAppNotification>().Where(n => n.Id == id).Select(n => n.ReadAt).SingleAsync());

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string token) =>
        client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
}

public sealed class ActionLinkTestsOnSqlite(SqliteNotificationsAppFactory app) : ActionLinkTests(app), IClassFixture<SqliteNotificationsAppFactory>;

public sealed class ActionLinkTestsOnPostgres(PostgresNotificationsAppFactory app) : ActionLinkTests(app), IClassFixture<PostgresNotificationsAppFactory>;
