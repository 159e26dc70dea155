using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Organizations;
using ThongSuot.Tests.Api;
using static ThongSuot.Tests.Api.ProbeBody;

namespace ThongSuot.Tests.Notifications;

/// <summary>
/// Bad requests from a Viettel member to the notifications and webhooks APIs: each gets its exact status (and, for a
/// 400, the fields to fix), and no table gains or loses a row.
/// </summary>
public abstract class NotificationsMalformedRequestsTests(NotificationsAppFactory app)
{
    public static TheoryData<string> Rows => Table.Rows;

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task IsRefusedWithItsStatusAndFieldsAndWritesNothing(string probe)
    {
        var placeholders = await app.OnceAsync("notification-probes", async () => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
        {
            ["vnpt"] = (await app.WithDbAsync(db => db.Set<Organization>().Where(o => o.ShortName == "VNPT").Select(o => o.Id).SingleAsync())).ToString(),
            ["huge"] = new string('x', 5000),
        });
        await ProbeRunner.AssertRefusedAsync(app, await app.SignedInOnceAsync("viettel"), Table[probe], placeholders);
    }

    private static readonly (string What, string Json, string[] Fields)[] WebhookBodies =
    [
        ("empty", "", ["body"]), ("broken", "{", ["body"]), ("null", "null", ["body"]), ("array", "[]", ["body"]), ("string", "\"text\"", ["body"]),
        ("name a number", "{\"name\":42,\"url\":\"https://a.example\"}", ["name"]), ("url an object", "{\"name\":\"A\",\"url\":{}}", ["url"]),
        ("enabled a word", "{\"name\":\"A\",\"url\":\"https://a.example\",\"enabled\":\"yes\"}", ["enabled"]),
        ("empty object", "{}", ["name", "url"]), ("blank name", "{\"name\":\"\",\"url\":\"https://a.example\"}", ["name"]), ("no url", "{\"name\":\"A\"}", ["url"]),
        ("ftp url", "{\"name\":\"A\",\"url\":\"ftp://a.example/x\"}", ["url"]), ("javascript url", "{\"name\":\"A\",\"url\":\"javascript:alert(1)\"}", ["url"]),
        ("relative url", "{\"name\":\"A\",\"url\":\"/relative/hook\"}", ["url"]), ("file url", "{\"name\":\"A\",\"url\":\"file:///etc/passwd\"}", ["url"]),
        ("url with a password", "{\"name\":\"A\",\"url\":\"https://user:pw@a.example/\"}", ["url"]),
        ("huge name", "{\"name\":\"{huge}\",\"url\":\"https://a.example\"}", ["name"]),
        ("huge url", "{\"name\":\"A\",\"url\":\"https://a.example/{huge}\"}", ["url"]),
        ("HTML event filter", "{\"name\":\"A\",\"url\":\"https://a.example\",\"eventFilter\":\"<script>\"}", ["eventFilter"]),
        ("SQL event filter", "{\"name\":\"A\",\"url\":\"https://a.example\",\"eventFilter\":\"x'; DROP TABLE \\\"WebhookEndpoints\\\";--\"}", ["eventFilter"]),
        ("VNPT's organisation", "{\"name\":\"A\",\"url\":\"https://a.example\",\"organizationId\":\"{vnpt}\"}", []),
        ("organisation not a guid", "{\"name\":\"A\",\"url\":\"https://a.example\",\"organizationId\":\"not-a-guid\"}", ["organizationId"]),
        ("unknown organisation", $"{{\"name\":\"A\",\"url\":\"https://a.example\",\"organizationId\":\"{Unknown}\"}}", ["organizationId"]),
    ];

    private static readonly (string What, string Json, string[] Fields)[] PreferenceBodies =
    [
        ("empty", "", ["body"]), ("broken", "{", ["body"]), ("an object", "{}", ["body"]), ("empty list", "[]", ["preferences"]), ("null", "null", ["body"]),
        ("unknown category", "[{\"category\":\"Unknown\",\"inApp\":true}]", ["[0].category"]),
        ("numeric category", "[{\"category\":99,\"inApp\":true}]", ["category"]),
        ("inApp a word", "[{\"category\":\"Duty\",\"inApp\":\"maybe\"}]", ["[0].inApp"]),
        ("a category twice", "[{\"category\":\"Duty\"},{\"category\":\"Duty\"}]", ["category"]),
        ("HTML category", "[{\"category\":\"<script>\"}]", ["[0].category"]),
        ("numbers", "[1,2,3]", ["[0]"]),
    ];

    private static RequestProbe P(string method, string route, string what, string? json, int status, params string[] fields) =>
        new("viettel", method, route, what, json is null ? null : Json(json), status, fields);

    private static readonly ProbeTable Table = new([
        // A webhook for another organisation is refused (403); the row that names no field is that one.
        .. WebhookBodies.Select(b => P("POST", "/api/v1/webhooks", b.What, b.Json, b.Fields is [] ? 403 : 400, b.Fields)),
        .. PreferenceBodies.Select(b => P("PUT", "/api/v1/notifications/preferences/mine", b.What, b.Json, 400, b.Fields)),
        // The body is read before the organisation is looked up: a bad list is a 400 whatever the organisation; a good one
        // for VNPT finds no organisation a Viettel member may set (404).
        .. PreferenceBodies.Select(b => P("PUT", "/api/v1/notifications/preferences/organizations/{vnpt}", b.What, b.Json, 400, b.Fields)),
        P("PUT", "/api/v1/notifications/preferences/organizations/{vnpt}", "valid body for VNPT", "[{\"category\":\"Duty\",\"inApp\":false}]", 404),
        P("GET", "/api/v1/notifications?unread=sometimes", "unread a word", null, 400, "unread"),
        P("GET", "/api/v1/notifications/preferences?organizationId=abc", "organisation not a guid", null, 400, "organizationId"),
        P("GET", "/api/v1/webhooks?organizationId=abc", "organisation not a guid", null, 400, "organizationId"),
        P("POST", "/api/v1/notifications/not-a-guid/read", "id not a guid", null, 404),
        P("POST", $"/api/v1/notifications/{Unknown}/read", "unknown notification", null, 404),
        P("POST", $"/api/v1/webhooks/{Unknown}/test", "unknown webhook", null, 404),
        P("PUT", $"/api/v1/webhooks/{Unknown}", "unknown webhook", "{\"name\":\"A\",\"url\":\"https://a.example\"}", 404),
        P("DELETE", $"/api/v1/webhooks/{Unknown}", "unknown webhook", null, 404),
        new("viettel", "POST", "/api/v1/webhooks", "form instead of JSON", Form(("name", "A"), ("url", "https://a.example")), 415, []),
    ]);
}

public sealed class NotificationsMalformedRequestsTestsOnSqlite(SqliteNotificationsAppFactory app) : NotificationsMalformedRequestsTests(app), IClassFixture<SqliteNotificationsAppFactory>;
