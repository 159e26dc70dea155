using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Notifications;
using ThongSuot.Features.Organizations;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Notifications;

/// <summary>Bad requests to the notifications and webhooks APIs: 4xx every time, never 5xx or 2xx, and nothing written.</summary>
public abstract class NotificationsMalformedRequestsTests(NotificationsAppFactory app)
{
    [Fact]
    public async Task NoneGetsA5xxAndNothingIsWritten()
    {
        var viettel = await app.SignedInAsync("viettel");
        var vnptId = await app.WithDbAsync(db => db.Set<Organization>().Where(o => o.ShortName == "VNPT").Select(o => o.Id).SingleAsync());
        var huge = new string('x', 5000);
        string[] webhookBodies =
        [
            "", "{", "null", "[]", "\"text\"", "{\"name\":42,\"url\":\"https://a.example\"}", "{\"name\":\"A\",\"url\":{}}", "{\"name\":\"A\",\"url\":\"https://a.example\",\"enabled\":\"yes\"}",
            "{}", "{\"name\":\"\",\"url\":\"https://a.example\"}", "{\"name\":\"A\"}", "{\"name\":\"A\",\"url\":\"ftp://a.example/x\"}",
            "{\"name\":\"A\",\"url\":\"javascript:alert(1)\"}", "{\"name\":\"A\",\"url\":\"/relative/hook\"}", "{\"name\":\"A\",\"url\":\"file:///etc/passwd\"}",
            "{\"name\":\"A\",\"url\":\"https://user:pw@a.example/\"}", $"{{\"name\":\"{huge}\",\"url\":\"https://a.example\"}}",
            $"{{\"name\":\"A\",\"url\":\"https://a.example/{huge}\"}}", "{\"name\":\"A\",\"url\":\"https://a.example\",\"eventFilter\":\"<script>\"}",
            "{\"name\":\"A\",\"url\":\"https://a.example\",\"eventFilter\":\"x'; DROP TABLE \\\"WebhookEndpoints\\\";--\"}",
            $"{{\"name\":\"A\",\"url\":\"https://a.example\",\"organizationId\":\"{vnptId}\"}}", "{\"name\":\"A\",\"url\":\"https://a.example\",\"organizationId\":\"not-a-guid\"}",
            $"{{\"name\":\"A\",\"url\":\"https://a.example\",\"organizationId\":\"{Guid.NewGuid()}\"}}",
        ];
        string[] preferenceBodies =
        [
            "", "{", "{}", "[]", "null", "[{\"category\":\"Unknown\",\"inApp\":true}]", "[{\"category\":99,\"inApp\":true}]", "[{\"category\":\"Duty\",\"inApp\":\"maybe\"}]",
            "[{\"category\":\"Duty\"},{\"category\":\"Duty\"}]", "[{\"category\":\"<script>\"}]", "[1,2,3]",
        ];
        var probes = new List<(HttpMethod Method, string Url, string? Body)>();
        foreach (var b in webhookBodies) probes.Add((HttpMethod.Post, "/api/v1/webhooks", b));
        foreach (var b in preferenceBodies)
        {
            probes.Add((HttpMethod.Put, "/api/v1/notifications/preferences/mine", b));
            probes.Add((HttpMethod.Put, $"/api/v1/notifications/preferences/organizations/{vnptId}", b));
        }
        probes.Add((HttpMethod.Put, $"/api/v1/notifications/preferences/organizations/{vnptId}", "[{\"category\":\"Duty\",\"inApp\":false}]"));
        probes.Add((HttpMethod.Get, "/api/v1/notifications?unread=sometimes", null));
        probes.Add((HttpMethod.Get, "/api/v1/notifications/preferences?organizationId=abc", null));
        probes.Add((HttpMethod.Get, "/api/v1/webhooks?organizationId=abc", null));
        probes.Add((HttpMethod.Post, "/api/v1/notifications/not-a-guid/read", null));
        probes.Add((HttpMethod.Post, $"/api/v1/notifications/{Guid.NewGuid()}/read", null));
        probes.Add((HttpMethod.Post, $"/api/v1/webhooks/{Guid.NewGuid()}/test", null));
        probes.Add((HttpMethod.Put, $"/api/v1/webhooks/{Guid.NewGuid()}", "{\"name\":\"A\",\"url\":\"https://a.example\"}"));
        probes.Add((HttpMethod.Delete, $"/api/v1/webhooks/{Guid.NewGuid()}", null));

        var before = await CountsAsync();
        var failures = new List<string>();
        foreach (var (method, url, body) in probes)
        {
            using var request = new HttpRequestMessage(method, url);
            if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            var response = await viettel.SendAsync(request);
            var code = (int)response.StatusCode;
            if (code is < 400 or >= 500) failures.Add($"{method} {url} {Shorten(body)} -> {code}");
        }
        // Not JSON at all.
        var form = await viettel.PostAsync("/api/v1/webhooks", new StringContent("name=A&url=https://a.example", Encoding.UTF8, "application/x-www-form-urlencoded"));
        if ((int)form.StatusCode is < 400 or >= 500) failures.Add($"form body -> {(int)form.StatusCode}");

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, await CountsAsync());
    }

    private Task<(int Webhooks, int Preferences, int Outbox)> CountsAsync() => app.WithDbAsync(async db =>
        (await db.Set<WebhookEndpoint>().CountAsync(), await db.Set<NotificationPreference>().CountAsync(), await db.Set<OutboxMessage>().CountAsync()));

    private static string Shorten(string? body) => body is null ? "" : body.Length > 60 ? body[..60] + "…" : body;
}

public sealed class NotificationsMalformedRequestsTestsOnSqlite(SqliteNotificationsAppFactory app) : NotificationsMalformedRequestsTests(app), IClassFixture<SqliteNotificationsAppFactory>;

public sealed class NotificationsMalformedRequestsTestsOnPostgres(PostgresNotificationsAppFactory app) : NotificationsMalformedRequestsTests(app), IClassFixture<PostgresNotificationsAppFactory>;
