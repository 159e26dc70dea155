using System.Text.Json;
using ThongSuot.Tests.Api;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Api.ProbeBody;
using static ThongSuot.Tests.Directives.DirectivesTestData;

namespace ThongSuot.Tests.Directives;

/// <summary>
/// Bad requests against the directive API, aimed at one draft: each gets its exact status (and, for a 400, the fields
/// to fix), and no table gains or loses a row, so the draft stays as it was (a change would leave an audit row).
/// </summary>
public abstract class DirectivesMalformedRequestsTests(AppFactory app)
{
    public static TheoryData<string> Rows => Table.Rows;

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task IsRefusedWithItsStatusAndFieldsAndWritesNothing(string probe)
    {
        var coordinator = await app.SignedInOnceAsync("coordinator");
        var placeholders = await app.OnceAsync("directive-probes", () => ArrangeAsync(coordinator));
        await ProbeRunner.AssertRefusedAsync(app, coordinator, Table[probe], placeholders);
    }

    private async Task<IReadOnlyDictionary<string, string>> ArrangeAsync(HttpClient coordinator)
    {
        var c = await CampaignAsync(app);
        var (viettel, donghoi) = (await OrgAsync(app, "VIETTEL"), await OrgAsync(app, "UBND-DONGHOI"));
        var draft = await CreateAsync(coordinator, new { campaignId = c.Id });
        return new Dictionary<string, string>
        {
            ["campaign"] = c.Id.ToString(),
            ["draft"] = Id(draft).ToString(),
            ["rev"] = Revision(draft).ToString(),
            ["viettel"] = viettel.ToString(),
            ["letter"] = JsonSerializer.Serialize(Content(c, viettel, donghoi), JsonSerializerOptions.Web),
            ["staleLetter"] = JsonSerializer.Serialize(Content(c, viettel, donghoi, Guid.Parse(Unknown)), JsonSerializerOptions.Web),
        };
    }

    private static readonly string Huge = new('x', 20_000);

    /// <summary>
    /// A change replaces the whole letter, so a body of a few fields also misses the draft's required header: each PUT
    /// that gets past the revision check names those fields besides its own defect. A wrong JSON type is refused before.
    /// </summary>
    private static readonly string[] Header = ["authorityTitle", "draftingUnit", "issuingAgency", "parentAgency", "place", "subject", "symbol"];

    /// <summary>Wrong JSON types: refused while the body is read, before the revision or the letter is looked at.</summary>
    private static readonly HashSet<string> RefusedWhileReading = ["campaign wrong type", "campaign not a guid", "due date not a date", "report not a bool", "sections not a list"];

    private static string[] PutFields((string What, string Json, string[] Fields) b) =>
        b.Fields is ["body"] || RefusedWhileReading.Contains(b.What) ? b.Fields
        : !b.Json.Contains("\"revision\"", StringComparison.Ordinal) ? ["revision"]
        : [.. Header.Union(b.Fields)];

    /// <summary>Bodies sent both to create a directive and to change the draft, with the fields a creation must name.</summary>
    private static readonly (string What, string Json, string[] Fields)[] Bodies =
    [
        ("empty", "", ["body"]), ("not json", "abc", ["body"]), ("array", "[]", ["body"]), ("null", "null", ["body"]), ("truncated", "{\"campaignId\":", ["body"]),
        ("campaign wrong type", "{\"campaignId\":12}", ["campaignId"]), ("campaign not a guid", "{\"campaignId\":\"abc\"}", ["campaignId"]),
        ("unknown campaign", $"{{\"campaignId\":\"{Unknown}\"}}", ["campaignId"]),
        ("unknown issuer", $"{{\"campaignId\":\"{{campaign}}\",\"organizationId\":\"{Unknown}\"}}", ["organizationId"]),
        ("huge subject", $"{{\"campaignId\":\"{{campaign}}\",\"revision\":\"{{rev}}\",\"subject\":\"{Huge}\"}}", ["subject"]),
        ("unknown urgency", "{\"campaignId\":\"{campaign}\",\"revision\":\"{rev}\",\"urgency\":\"Rất khẩn\"}", ["urgency"]),
        ("numeric urgency", "{\"campaignId\":\"{campaign}\",\"revision\":\"{rev}\",\"urgency\":\"7\"}", ["urgency"]),
        ("unknown style", "{\"campaignId\":\"{campaign}\",\"revision\":\"{rev}\",\"sectionStyle\":\"Bullets; DROP TABLE \\\"Directives\\\"\"}", ["sectionStyle"]),
        ("unknown authority", "{\"campaignId\":\"{campaign}\",\"revision\":\"{rev}\",\"signAuthority\":\"KT,TM\"}", ["signAuthority"]),
        ("sections not a list", "{\"campaignId\":\"{campaign}\",\"revision\":\"{rev}\",\"sections\":\"abc\"}", ["sections"]),
        ("task text missing", "{\"campaignId\":\"{campaign}\",\"revision\":\"{rev}\",\"sections\":[{\"heading\":\"I\",\"tasks\":[{\"text\":\"\"}]}]}", ["sections[0].tasks[0].text"]),
        ("task text huge", $"{{\"campaignId\":\"{{campaign}}\",\"revision\":\"{{rev}}\",\"sections\":[{{\"tasks\":[{{\"text\":\"{Huge}\"}}]}}]}}", ["sections[0].tasks[0].text"]),
        ("due date not a date", "{\"campaignId\":\"{campaign}\",\"revision\":\"{rev}\",\"sections\":[{\"tasks\":[{\"text\":\"a\",\"dueDate\":\"31/02/2027\"}]}]}", ["sections[0].tasks[0].dueDate"]),
        ("report not a bool", "{\"campaignId\":\"{campaign}\",\"revision\":\"{rev}\",\"sections\":[{\"tasks\":[{\"text\":\"a\",\"reportRequired\":\"yes\"}]}]}", ["sections[0].tasks[0].reportRequired"]),
        ("recipient index out of range", "{\"campaignId\":\"{campaign}\",\"revision\":\"{rev}\",\"sections\":[{\"recipientIndexes\":[5],\"tasks\":[]}]}", ["sections[0].recipientIndexes"]),
        ("negative recipient index", "{\"campaignId\":\"{campaign}\",\"revision\":\"{rev}\",\"recipients\":[{\"label\":\"A\"}],\"sections\":[{\"recipientIndexes\":[-1]}]}", ["sections[0].recipientIndexes"]),
        ("unknown recipient organisation", $"{{\"campaignId\":\"{{campaign}}\",\"revision\":\"{{rev}}\",\"recipients\":[{{\"label\":\"A\",\"organizationIds\":[\"{Unknown}\"]}}]}}", ["recipients[0].organizationIds"]),
        ("recipient without label", "{\"campaignId\":\"{campaign}\",\"revision\":\"{rev}\",\"recipients\":[{\"organizationIds\":[\"{viettel}\"]}]}", ["recipients[0].label"]),
        ("blank legal basis", "{\"campaignId\":\"{campaign}\",\"revision\":\"{rev}\",\"legalBases\":[\"  \"]}", ["legalBases[0]"]),
        ("too many sections", $"{{\"campaignId\":\"{{campaign}}\",\"revision\":\"{{rev}}\",\"sections\":[{string.Join(',', Enumerable.Repeat("{}", 60))}]}}", ["sections"]),
        ("distribution without text", "{\"campaignId\":\"{campaign}\",\"revision\":\"{rev}\",\"distribution\":[{\"purpose\":\"b/c\"}]}", ["distribution[0].text"]),
        ("blank required header", "{\"campaignId\":\"{campaign}\",\"revision\":\"{rev}\",\"subject\":\"   \",\"symbol\":\"\",\"place\":\"\"}", ["place", "subject", "symbol"]),
    ];

    private static RequestProbe P(string method, string route, string what, Func<Func<string, string>, HttpContent>? body, int status, params string[] fields) =>
        new("coordinator", method, route, what, body, status, fields);

    private static readonly ProbeTable Table = new([
        .. Bodies.Select(b => P("POST", "/api/v1/directives", b.What, Json(b.Json), 400, b.Fields)),
        .. Bodies.Select(b => P("PUT", "/api/v1/directives/{draft}", b.What, Json(b.Json), 400, PutFields(b))),
        P("PUT", "/api/v1/directives/{draft}", "form instead of JSON", Form(("subject", "a")), 415),
        P("PUT", "/api/v1/directives/{draft}", "whole letter without revision", Json("{letter}"), 400, "revision"),
        P("PUT", "/api/v1/directives/{draft}", "whole letter, stale revision", Json("{staleLetter}"), 409),
        P("PUT", $"/api/v1/directives/{Unknown}", "whole letter, unknown id", Json("{staleLetter}"), 404),
        P("POST", "/api/v1/directives/{draft}/issue", "issue an empty draft", null, 400, "recipients", "sections"),
        .. new[] { "0", "-1", "100000", "\"abc\"", "1.5", "99999999999" }
            .Select(number => P("POST", "/api/v1/directives/{draft}/issue", $"issue as number {number}", Json($"{{\"number\":{number}}}"), 400, "number")),
        P("POST", "/api/v1/directives/{draft}/issue", "issue with broken JSON", Json("{"), 400, "body"),
        P("POST", "/api/v1/directives/{draft}/correct", "correct a draft", null, 409),
        // Only a member of an addressed organisation cascades a letter; the coordinator is refused before the draft's state matters.
        P("POST", "/api/v1/directives/{draft}/cascade", "cascade a draft", null, 403),
        P("POST", $"/api/v1/directives/{Unknown}/cascade", "cascade an unknown directive", null, 404),
        P("DELETE", $"/api/v1/directives/{Unknown}", "delete an unknown directive", null, 404),
        P("GET", "/api/v1/directives?campaignId=abc", "list, campaign not a guid", null, 400, "campaignId"),
        P("GET", "/api/v1/directives?status=Archived", "list, unknown status", null, 400, "status"),
        P("GET", "/api/v1/directives?status=1", "list, numeric status", null, 400, "status"),
        P("GET", $"/api/v1/directives/{Unknown}/document.pdf", "document of an unknown directive", null, 404),
        P("GET", "/api/v1/directives/abc", "id not a guid", null, 404),
    ]);
}

public sealed class DirectivesMalformedRequestsTestsOnSqlite(OwnSqliteAppFactory app) : DirectivesMalformedRequestsTests(app), IClassFixture<OwnSqliteAppFactory>;
