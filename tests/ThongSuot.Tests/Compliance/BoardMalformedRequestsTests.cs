using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Compliance;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Compliance;

/// <summary>Bad requests against the form definitions and the board: never a 5xx or a 2xx, and the forms stay as they were.</summary>
public abstract class BoardMalformedRequestsTests(AppFactory app)
{
    private static StringContent JsonText(string json) => new(json, Encoding.UTF8, "application/json");

    private static string Form(string fields, string code = "\"probe\"", string kinds = "[\"Police\"]", string extra = "") =>
        $$"""{"code": {{code}}, "name": "Thử", "organizationKinds": {{kinds}}, "fields": {{fields}} {{extra}} }""";

    [Fact]
    public async Task NoneGetsA5xxOrA2xxAndNoFormChanges()
    {
        var coordinator = await app.SignedInAsync("coordinator");
        var operatorForm = $"/api/v1/compliance/forms/{ReadinessFormCatalog.OperatorId}";
        var field = """{"key": "x", "label": "X", "type": "WholeNumber"}""";
        var bodies = new (string What, HttpContent Content)[]
        {
            ("empty", JsonText("")),
            ("broken", JsonText("{\"code\": ")),
            ("array", JsonText("[]")),
            ("null", JsonText("null")),
            ("not json type", new StringContent(Form($"[{field}]"), Encoding.UTF8, "text/plain")),
            ("code number", JsonText(Form($"[{field}]", code: "42"))),
            ("code html", JsonText(Form($"[{field}]", code: "\"<script>alert(1)</script>\""))),
            ("code sql", JsonText(Form($"[{field}]", code: "\"x'; DROP TABLE \\\"ReadinessForms\\\"; --\""))),
            ("huge name", JsonText(Form($"[{field}]", extra: $", \"name\": \"{new string('n', 100_000)}\""))),
            ("kinds string", JsonText(Form($"[{field}]", kinds: "\"Police\""))),
            ("kinds number", JsonText(Form($"[{field}]", kinds: "[7]"))),
            ("kinds unknown", JsonText(Form($"[{field}]", kinds: "[\"Spaceport\"]"))),
            ("fields object", JsonText(Form(field))),
            ("fields null item", JsonText(Form("[null]"))),
            ("fields number", JsonText(Form("[1, 2]"))),
            ("type number", JsonText(Form("""[{"key": "x", "label": "X", "type": 3}]"""))),
            ("type digits", JsonText(Form("""[{"key": "x", "label": "X", "type": "3"}]"""))),
            ("min text", JsonText(Form("""[{"key": "x", "label": "X", "type": "Number", "min": "abc"}]"""))),
            ("min huge", JsonText(Form("""[{"key": "x", "label": "X", "type": "Number", "min": 1e40}]"""))),
            ("maxLength negative", JsonText(Form("""[{"key": "x", "label": "X", "type": "Text", "maxLength": -5}]"""))),
            ("required text", JsonText(Form("""[{"key": "x", "label": "X", "type": "Text", "required": "yes"}]"""))),
            ("options object", JsonText(Form("""[{"key": "x", "label": "X", "type": "Choice", "options": {"a": 1}}]"""))),
            ("options blank", JsonText(Form("""[{"key": "x", "label": "X", "type": "Choice", "options": ["", "  "]}]"""))),
            ("too many fields", JsonText(Form("[" + string.Join(",", Enumerable.Range(0, 101).Select(i => $$"""{"key": "f{{i}}", "label": "F", "type": "Text"}""")) + "]"))),
            ("key unicode", JsonText(Form("""[{"key": "số_người", "label": "X", "type": "WholeNumber"}]"""))),
            ("revision text", JsonText(Form($"[{field}]", extra: ", \"revision\": \"abc\""))),
        };
        var before = await SnapshotAsync();
        var probes = new List<(string What, Func<Task<HttpResponseMessage>> Send)>();
        foreach (var (what, content) in bodies)
        {
            var text = await content.ReadAsStringAsync();
            var type = content.Headers.ContentType!.MediaType!;
            probes.Add(($"POST {what}", () => coordinator.PostAsync("/api/v1/compliance/forms", new StringContent(text, Encoding.UTF8, type))));
            probes.Add(($"PUT {what}", () => coordinator.PutAsync(operatorForm, new StringContent(text, Encoding.UTF8, type))));
        }
        probes.Add(("PUT unknown id", () => coordinator.PutAsync($"/api/v1/compliance/forms/{Guid.NewGuid()}", JsonText(Form($"[{field}]")))));
        probes.Add(("PUT no revision", () => coordinator.PutAsync(operatorForm, JsonText(Form($"[{field}]", code: "\"operator\"")))));
        probes.Add(("DELETE unknown", () => coordinator.DeleteAsync($"/api/v1/compliance/forms/{Guid.NewGuid()}")));
        probes.Add(("GET form bad id", () => coordinator.GetAsync("/api/v1/compliance/forms/abc")));
        foreach (var query in new[]
        {
            "", "?directiveId=abc", "?campaignId=' OR 1=1 --", $"?directiveId={Guid.Empty}", $"?directiveId={Guid.NewGuid()}",
            $"?campaignId={Guid.NewGuid()}", $"?directiveId={Guid.NewGuid()}&campaignId={Guid.NewGuid()}", $"?directiveId={ReadinessFormCatalog.OperatorId}&state=Lost",
            $"?directiveId={ReadinessFormCatalog.OperatorId}&state=3", $"?directiveId={ReadinessFormCatalog.OperatorId}&kind=<b>x</b>",
            $"?directiveId={ReadinessFormCatalog.OperatorId}&areaId=nowhere", "?directiveId=" + new string('9', 5000),
        })
        {
            foreach (var path in new[] { "/api/v1/compliance/board", "/api/v1/compliance/board.xlsx", "/api/v1/compliance/board.csv", "/Compliance/Board" })
                probes.Add(($"GET {path}{query}", () => coordinator.GetAsync(path + query)));
        }

        foreach (var (what, send) in probes)
        {
            var response = await send();
            var status = (int)response.StatusCode;
            Assert.True(status is >= 400 and < 500, $"{what}: {status} {await response.Content.ReadAsStringAsync()}");
        }
        Assert.True(probes.Count >= 30);
        Assert.Equal(before, await SnapshotAsync());
    }

    private Task<string> SnapshotAsync() => app.WithDbAsync(async db =>
    {
        var forms = await db.Set<ReadinessForm>().AsNoTracking().OrderBy(f => f.Code).Select(f => f.Code + f.Revision + f.Fields.Length).ToListAsync();
        var audit = await db.Set<ThongSuot.Features.Audit.AuditEntry>().CountAsync(a => a.EntityType == nameof(ReadinessForm));
        return string.Join("|", forms) + "#" + audit;
    });
}

public sealed class SqliteBoardMalformedRequestsTests(SqliteBoardAppFactory app) : BoardMalformedRequestsTests(app), IClassFixture<SqliteBoardAppFactory>;

public sealed class PostgresBoardMalformedRequestsTests(PostgresBoardAppFactory app) : BoardMalformedRequestsTests(app), IClassFixture<PostgresBoardAppFactory>;
