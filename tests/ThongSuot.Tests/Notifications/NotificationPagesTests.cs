using System.Net;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Notifications;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Notifications;

/// <summary>The pages: preferences saved through the form, a webhook's secret shown once, the inbox with its bell.</summary>
public abstract class NotificationPagesTests(NotificationsAppFactory app)
{
    [Fact]
    public async Task AMemberSavesTheirOwnChannelsThroughThePreferencesForm()
    {
        var vnpt = await app.SignedInAsync("vnpt");
        var html = WebUtility.HtmlDecode(await vnpt.GetStringAsync("/Notifications/Preferences"));
        Assert.Contains("Cách nhận thông báo", html);
        Assert.Contains("Nhắc hạn báo cáo", html);
        var token = await SignIn.AntiforgeryTokenAsync(vnpt, "/Notifications/Preferences");
        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = token };
        var categories = Enum.GetValues<NotificationCategory>();
        for (var i = 0; i < categories.Length; i++)
        {
            form[$"Mine[{i}].Category"] = categories[i].ToString();
            form[$"Mine[{i}].InApp"] = categories[i] == NotificationCategory.Reminders ? "false" : "true";
            form[$"Mine[{i}].Email"] = categories[i] == NotificationCategory.Reminders ? "true" : "false";
        }
        var response = await vnpt.PostAsync("/Notifications/Preferences?handler=Mine", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "vnpt").Select(u => u.Id).SingleAsync());
        var saved = await app.WithDbAsync(db => db.Set<NotificationPreference>().SingleAsync(p => p.UserId == userId && p.Category == NotificationCategory.Reminders));
        Assert.False(saved.InApp);
        Assert.True(saved.Email);
    }

    [Fact]
    public async Task TheWebhookFormShowsTheSecretOnceAndFieldErrorsBesideTheFields()
    {
        var viettel = await app.SignedInAsync("viettel");
        var token = await SignIn.AntiforgeryTokenAsync(viettel, "/Notifications/Webhooks");
        var bad = await viettel.PostAsync("/Notifications/Webhooks?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Name"] = "<b>Trang</b>", ["Input.Url"] = "ftp://noc.example", ["Input.Enabled"] = "true",
        }));
        var badHtml = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Địa chỉ URL phải là địa chỉ tuyệt đối", badHtml);
        Assert.Contains("value=\"<b>Trang</b>\"", badHtml); // the input is kept (decoded here; encoded on the wire)
        Assert.False(await app.WithDbAsync(db => db.Set<WebhookEndpoint>().AnyAsync(w => w.Name == "<b>Trang</b>")));

        var good = await viettel.PostAsync("/Notifications/Webhooks?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Name"] = "Trang NOC", ["Input.Url"] = "https://noc.viettel.example/trang", ["Input.Enabled"] = "true",
        }));
        var goodHtml = await good.Content.ReadAsStringAsync();
        var secret = await app.WithDbAsync(db => db.Set<WebhookEndpoint>().Where(w => w.Name == "Trang NOC").Select(w => w.Secret).SingleAsync());
        Assert.Contains(secret, goodHtml);
        Assert.DoesNotContain(secret, await viettel.GetStringAsync("/Notifications/Webhooks"));
    }
}

public sealed class NotificationPagesTestsOnSqlite(SqliteNotificationsAppFactory app) : NotificationPagesTests(app), IClassFixture<SqliteNotificationsAppFactory>;
