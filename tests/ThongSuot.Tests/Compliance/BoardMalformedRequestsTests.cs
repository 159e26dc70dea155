using System.Net;
using System.Text;
using System.Text.Json;
using ThongSuot.Features.Compliance;
using ThongSuot.Tests.Api;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Api.ProbeBody;

namespace ThongSuot.Tests.Compliance;

/// <summary>
/// Bad requests against the form definitions and the board: each gets its exact status (and, for a 400, the fields to
/// fix), and no table gains or loses a row, so no form changes (a changed form would leave an audit row).
/// </summary>
public abstract class BoardMalformedRequestsTests(AppFactory app)
{
    public static TheoryData<string> Rows => Table.Rows;

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task IsRefusedWithItsStatusAndFieldsAndWritesNothing(string probe)
    {
        var coordinator = await app.SignedInOnceAsync("coordinator");
        var placeholders = await app.OnceAsync("board-probes", () => ArrangeAsync(coordinator));
        await ProbeRunner.AssertRefusedAsync(app, coordinator, Table[probe], placeholders);
    }

    /// <summary>
    /// Changes aim at a form of their own that no report uses yet: the operators' form is in use, and a change that drops
    /// its fields is refused for that too ("fields"), which would hide what each probe is about.
    /// </summary>
    private static async Task<IReadOnlyDictionary<string, string>> ArrangeAsync(HttpClient coordinator)
    {
        var created = await coordinator.PostAsync("/api/v1/compliance/forms", new StringContent(Form($"[{Field}]", code: "\"muc_tieu_tham_do\""), Encoding.UTF8, "application/json"));
        var form = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        Assert.True(created.StatusCode == HttpStatusCode.Created, form.ToString());
        return new Dictionary<string, string>
        {
            ["operatorForm"] = ReadinessFormCatalog.OperatorId.ToString(),
            ["form"] = form.GetProperty("id").GetString()!,
            ["formRevision"] = form.GetProperty("revision").GetString()!,
            ["nines"] = new string('9', 5000),
        };
    }

    private static string Form(string fields, string code = "\"probe\"", string kinds = "[\"Police\"]", string extra = "") =>
        $$"""{"code": {{code}}, "name": "Thử", "organizationKinds": {{kinds}}, "fields": {{fields}} {{extra}} }""";

    private const string Field = """{"key": "x", "label": "X", "type": "WholeNumber"}""";

    /// <summary>Bodies sent both to create a form and to change one, with the fields each must name.</summary>
    private static readonly (string What, string Json, string[] Fields)[] Bodies =
    [
        ("empty", "", ["body"]),
        ("broken", "{\"code\": ", ["body"]),
        ("array", "[]", ["body"]),
        ("null", "null", ["body"]),
        ("code number", Form($"[{Field}]", code: "42"), ["code"]),
        ("code html", Form($"[{Field}]", code: "\"<script>alert(1)</script>\""), ["code"]),
        ("code sql", Form($"[{Field}]", code: "\"x'; DROP TABLE \\\"ReadinessForms\\\"; --\""), ["code"]),
        ("huge name", Form($"[{Field}]", extra: $", \"name\": \"{new string('n', 100_000)}\""), ["name"]),
        ("kinds string", Form($"[{Field}]", kinds: "\"Police\""), ["organizationKinds"]),
        ("kinds number", Form($"[{Field}]", kinds: "[7]"), ["organizationKinds[0]"]),
        ("kinds unknown", Form($"[{Field}]", kinds: "[\"Spaceport\"]"), ["organizationKinds"]),
        ("fields object", Form(Field), ["fields"]),
        ("fields null item", Form("[null]"), ["fields[0]"]),
        ("fields number", Form("[1, 2]"), ["fields[0]"]),
        ("type number", Form("""[{"key": "x", "label": "X", "type": 3}]"""), ["fields[0].type"]),
        ("type digits", Form("""[{"key": "x", "label": "X", "type": "3"}]"""), ["fields[0].type"]),
        ("min text", Form("""[{"key": "x", "label": "X", "type": "Number", "min": "abc"}]"""), ["fields[0].min"]),
        ("min huge", Form("""[{"key": "x", "label": "X", "type": "Number", "min": 1e40}]"""), ["fields[0].min"]),
        ("maxLength negative", Form("""[{"key": "x", "label": "X", "type": "Text", "maxLength": -5}]"""), ["fields[0].maxLength"]),
        ("required text", Form("""[{"key": "x", "label": "X", "type": "Text", "required": "yes"}]"""), ["fields[0].required"]),
        ("options object", Form("""[{"key": "x", "label": "X", "type": "Choice", "options": {"a": 1}}]"""), ["fields[0].options"]),
        ("options blank", Form("""[{"key": "x", "label": "X", "type": "Choice", "options": ["", "  "]}]"""), ["fields[0].options"]),
        ("too many fields", Form("[" + string.Join(",", Enumerable.Range(0, 101).Select(i => $$"""{"key": "f{{i}}", "label": "F", "type": "Text"}""")) + "]"), ["fields"]),
        ("key unicode", Form("""[{"key": "số_người", "label": "X", "type": "WholeNumber"}]"""), ["fields[0].key"]),
        ("revision text", Form($"[{Field}]", extra: ", \"revision\": \"abc\""), ["revision"]),
    ];

    /// <summary>Queries of the board, with the answer of the API (the page answers the same status, as HTML).</summary>
    private static readonly (string Query, int Status, string? Field)[] BoardQueries =
    [
        ("", 400, "directiveId"), ("?directiveId=abc", 400, "directiveId"), ("?campaignId=' OR 1=1 --", 400, "campaignId"),
        ($"?directiveId={Guid.Empty}", 400, "directiveId"), ($"?directiveId={Unknown}", 404, null), ($"?campaignId={Unknown}", 404, null),
        ($"?directiveId={Unknown}&campaignId={Unknown}", 400, "campaignId"), ("?directiveId={operatorForm}&state=Lost", 400, "state"),
        ("?directiveId={operatorForm}&state=3", 400, "state"), ("?directiveId={operatorForm}&kind=<b>x</b>", 400, "kind"),
        ("?directiveId={operatorForm}&areaId=nowhere", 400, "areaId"), ("?directiveId={nines}", 400, "directiveId"),
    ];

    private static RequestProbe P(string method, string route, string what, Func<Func<string, string>, HttpContent>? body, int status, params string[] fields) =>
        new("coordinator", method, route, what, body, status, fields);

    /// <summary>The body with the form's current revision first, so that a change is refused for what is wrong in it, not for a missing revision.</summary>
    private static string WithRevision(string json) => json.StartsWith('{') ? "{\"revision\": \"{formRevision}\", " + json[1..] : json;

    private static readonly ProbeTable Table = new([
        .. Bodies.Select(b => P("POST", "/api/v1/compliance/forms", b.What, Json(b.Json), 400, b.Fields)),
        .. Bodies.Select(b => P("PUT", "/api/v1/compliance/forms/{form}", b.What, Json(WithRevision(b.Json)), 400, b.Fields)),
        P("POST", "/api/v1/compliance/forms", "not JSON content type", Text(Form($"[{Field}]"), "text/plain"), 415),
        P("PUT", "/api/v1/compliance/forms/{form}", "not JSON content type", Text(WithRevision(Form($"[{Field}]")), "text/plain"), 415),
        P("PUT", $"/api/v1/compliance/forms/{Unknown}", "unknown id", Json(Form($"[{Field}]")), 404),
        P("PUT", "/api/v1/compliance/forms/{form}", "no revision", Json(Form($"[{Field}]", code: "\"muc_tieu_tham_do\"")), 400, "revision"),
        P("DELETE", $"/api/v1/compliance/forms/{Unknown}", "unknown id", null, 404),
        P("GET", "/api/v1/compliance/forms/abc", "id not a guid", null, 404),
        .. BoardQueries.SelectMany(q => new[] { "/api/v1/compliance/board", "/api/v1/compliance/board.xlsx", "/api/v1/compliance/board.csv" }
            .Select(path => P("GET", path + q.Query, q.Query.Length == 0 ? "no query" : "query", null, q.Status, q.Field is null ? [] : [q.Field]))),
        .. BoardQueries.Select(q => P("GET", "/Compliance/Board" + q.Query, q.Query.Length == 0 ? "no query" : "query", null, q.Status)),
    ]);
}

public sealed class SqliteBoardMalformedRequestsTests(SqliteBoardAppFactory app) : BoardMalformedRequestsTests(app), IClassFixture<SqliteBoardAppFactory>;
