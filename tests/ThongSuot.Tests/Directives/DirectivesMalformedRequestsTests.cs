using System.Net.Http.Json;
using System.Text;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Directives.DirectivesTestData;

namespace ThongSuot.Tests.Directives;

/// <summary>Bad requests against the directive API: none may get a 5xx or a 2xx, and no directive or task may be written.</summary>
public abstract class DirectivesMalformedRequestsTests(AppFactory app)
{
    [Fact]
    public async Task NoneGetsA5xxAndNothingIsWritten()
    {
        var coordinator = await app.SignedInAsync("coordinator");
        var c = await CampaignAsync(app);
        var (viettel, donghoi) = (await OrgAsync(app, "VIETTEL"), await OrgAsync(app, "UBND-DONGHOI"));
        var draft = await CreateAsync(coordinator, new { campaignId = c.Id });
        var id = Id(draft);
        var rev = Revision(draft).ToString();
        var campaign = c.Id.ToString();
        var huge = new string('x', 20_000);
        var bodies = new List<(string What, string Json)>
        {
            ("empty", ""), ("not json", "abc"), ("array", "[]"), ("null", "null"), ("truncated", "{\"campaignId\":"),
            ("campaign wrong type", "{\"campaignId\":12}"), ("campaign not a guid", "{\"campaignId\":\"abc\"}"),
            ("unknown campaign", $"{{\"campaignId\":\"{Guid.NewGuid()}\"}}"),
            ("unknown issuer", $"{{\"campaignId\":\"{campaign}\",\"organizationId\":\"{Guid.NewGuid()}\"}}"),
            ("huge subject", $"{{\"campaignId\":\"{campaign}\",\"revision\":\"{rev}\",\"subject\":\"{huge}\"}}"),
            ("unknown urgency", $"{{\"campaignId\":\"{campaign}\",\"revision\":\"{rev}\",\"urgency\":\"Rất khẩn\"}}"),
            ("numeric urgency", $"{{\"campaignId\":\"{campaign}\",\"revision\":\"{rev}\",\"urgency\":\"7\"}}"),
            ("unknown style", $"{{\"campaignId\":\"{campaign}\",\"revision\":\"{rev}\",\"sectionStyle\":\"Bullets; DROP TABLE \\\"Directives\\\"\"}}"),
            ("unknown authority", $"{{\"campaignId\":\"{campaign}\",\"revision\":\"{rev}\",\"signAuthority\":\"KT,TM\"}}"),
            ("sections not a list", $"{{\"campaignId\":\"{campaign}\",\"revision\":\"{rev}\",\"sections\":\"abc\"}}"),
            ("task text missing", $"{{\"campaignId\":\"{campaign}\",\"revision\":\"{rev}\",\"sections\":[{{\"heading\":\"I\",\"tasks\":[{{\"text\":\"\"}}]}}]}}"),
            ("task text huge", $"{{\"campaignId\":\"{campaign}\",\"revision\":\"{rev}\",\"sections\":[{{\"tasks\":[{{\"text\":\"{huge}\"}}]}}]}}"),
            ("due date not a date", $"{{\"campaignId\":\"{campaign}\",\"revision\":\"{rev}\",\"sections\":[{{\"tasks\":[{{\"text\":\"a\",\"dueDate\":\"31/02/2027\"}}]}}]}}"),
            ("report not a bool", $"{{\"campaignId\":\"{campaign}\",\"revision\":\"{rev}\",\"sections\":[{{\"tasks\":[{{\"text\":\"a\",\"reportRequired\":\"yes\"}}]}}]}}"),
            ("recipient index out of range", $"{{\"campaignId\":\"{campaign}\",\"revision\":\"{rev}\",\"sections\":[{{\"recipientIndexes\":[5],\"tasks\":[]}}]}}"),
            ("negative recipient index", $"{{\"campaignId\":\"{campaign}\",\"revision\":\"{rev}\",\"recipients\":[{{\"label\":\"A\"}}],\"sections\":[{{\"recipientIndexes\":[-1]}}]}}"),
            ("unknown recipient organisation", $"{{\"campaignId\":\"{campaign}\",\"revision\":\"{rev}\",\"recipients\":[{{\"label\":\"A\",\"organizationIds\":[\"{Guid.NewGuid()}\"]}}]}}"),
            ("recipient without label", $"{{\"campaignId\":\"{campaign}\",\"revision\":\"{rev}\",\"recipients\":[{{\"organizationIds\":[\"{viettel}\"]}}]}}"),
            ("blank legal basis", $"{{\"campaignId\":\"{campaign}\",\"revision\":\"{rev}\",\"legalBases\":[\"  \"]}}"),
            ("too many sections", $"{{\"campaignId\":\"{campaign}\",\"revision\":\"{rev}\",\"sections\":[{string.Join(',', Enumerable.Repeat("{}", 60))}]}}"),
            ("distribution without text", $"{{\"campaignId\":\"{campaign}\",\"revision\":\"{rev}\",\"distribution\":[{{\"purpose\":\"b/c\"}}]}}"),
            ("blank required header", $"{{\"campaignId\":\"{campaign}\",\"revision\":\"{rev}\",\"subject\":\"   \",\"symbol\":\"\",\"place\":\"\"}}"),
        };
        var before = await CountAsync(app);
        var probes = new List<(string What, HttpMethod Method, string Url, HttpContent? Content)>();
        foreach (var (what, json) in bodies)
        {
            probes.Add(("POST " + what, HttpMethod.Post, "/api/v1/directives", Json(json)));
            probes.Add(("PUT " + what, HttpMethod.Put, $"/api/v1/directives/{id}", Json(json)));
        }
        probes.Add(("form instead of JSON", HttpMethod.Put, $"/api/v1/directives/{id}", new StringContent("subject=a", Encoding.UTF8, "application/x-www-form-urlencoded")));
        probes.Add(("PUT without revision", HttpMethod.Put, $"/api/v1/directives/{id}", JsonContent.Create(Content(c, viettel, donghoi))));
        probes.Add(("PUT stale revision", HttpMethod.Put, $"/api/v1/directives/{id}", JsonContent.Create(Content(c, viettel, donghoi, Guid.NewGuid()))));
        probes.Add(("PUT unknown id", HttpMethod.Put, $"/api/v1/directives/{Guid.NewGuid()}", JsonContent.Create(Content(c, viettel, donghoi, Guid.NewGuid()))));
        probes.Add(("issue empty draft", HttpMethod.Post, $"/api/v1/directives/{id}/issue", null));
        foreach (var number in new[] { "0", "-1", "100000", "\"abc\"", "1.5", "99999999999" })
            probes.Add(($"issue number {number}", HttpMethod.Post, $"/api/v1/directives/{id}/issue", Json($"{{\"number\":{number}}}")));
        probes.Add(("issue broken JSON", HttpMethod.Post, $"/api/v1/directives/{id}/issue", Json("{")));
        probes.Add(("correct a draft", HttpMethod.Post, $"/api/v1/directives/{id}/correct", null));
        probes.Add(("cascade a draft", HttpMethod.Post, $"/api/v1/directives/{id}/cascade", null));
        probes.Add(("cascade unknown", HttpMethod.Post, $"/api/v1/directives/{Guid.NewGuid()}/cascade", null));
        probes.Add(("delete unknown", HttpMethod.Delete, $"/api/v1/directives/{Guid.NewGuid()}", null));
        probes.Add(("list bad campaign", HttpMethod.Get, "/api/v1/directives?campaignId=abc", null));
        probes.Add(("list bad status", HttpMethod.Get, "/api/v1/directives?status=Archived", null));
        probes.Add(("list numeric status", HttpMethod.Get, "/api/v1/directives?status=1", null));
        probes.Add(("document of unknown", HttpMethod.Get, $"/api/v1/directives/{Guid.NewGuid()}/document.pdf", null));
        probes.Add(("bad id", HttpMethod.Get, "/api/v1/directives/abc", null));

        var failures = new List<string>();
        foreach (var (what, method, url, content) in probes)
        {
            using var request = new HttpRequestMessage(method, url) { Content = content };
            var response = await coordinator.SendAsync(request);
            var code = (int)response.StatusCode;
            if (code is < 400 or >= 500) failures.Add($"{what}: {code} {await response.Content.ReadAsStringAsync()}");
        }
        Assert.Empty(failures);
        Assert.Equal(before, await CountAsync(app));
        Assert.Equal(Revision(draft), (await FindAsync(app, id))!.Revision);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}

public sealed class DirectivesMalformedRequestsTestsOnSqlite(SqliteAppFactory app) : DirectivesMalformedRequestsTests(app), IClassFixture<SqliteAppFactory>;

public sealed class DirectivesMalformedRequestsTestsOnPostgres(PostgresAppFactory app) : DirectivesMalformedRequestsTests(app), IClassFixture<PostgresAppFactory>;
