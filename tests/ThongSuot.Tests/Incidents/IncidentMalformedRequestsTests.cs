using ThongSuot.Tests.Api;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Api.ProbeBody;
using static ThongSuot.Tests.Incidents.IncidentsTestData;

namespace ThongSuot.Tests.Incidents;

/// <summary>
/// Bad requests at the incident, workflow, mutual-aid, resource and catalog endpoints: each gets its exact status (and,
/// for a 400, the fields to fix), and no table gains or loses a row.
/// </summary>
public abstract class IncidentMalformedRequestsTests(AppFactory app)
{
    private const string Noc = "Viettel NOC (API key)";

    public static TheoryData<string> Rows => Table.Rows;

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task IsRefusedWithItsStatusAndFieldsAndWritesNothing(string probe)
    {
        var p = Table[probe];
        var placeholders = await app.OnceAsync("incident-probes", ArrangeAsync);
        var client = p.Who == Noc ? await app.OnceAsync("noc", () => app.OperatorSystemAsync()) : await app.SignedInOnceAsync(p.Who);
        await ProbeRunner.AssertRefusedAsync(app, client, p, placeholders);
    }

    private async Task<IReadOnlyDictionary<string, string>> ArrangeAsync()
    {
        var incident = await CreateAsync(await app.SignedInOnceAsync("viettel"));
        // Its event handlers (notifications, acknowledge links) write after the commit, on the app's processor: let them
        // finish, or the first probe would count their rows as its own.
        await app.EventHandlersDoneAsync();
        return new Dictionary<string, string>
        {
            ["incident"] = incident.Id().ToString(),
            ["vnpt"] = (await OrgAsync(app, "VNPT")).ToString(),
            ["viettel"] = (await OrgAsync(app, "VIETTEL")).ToString(),
            ["huge"] = Huge,
            ["search300"] = Huge[..300],
        };
    }

    private static readonly string Huge = new('x', 5000);

    private static RequestProbe P(string who, string method, string route, string what, string? json, int status, params string[] fields) =>
        new(who, method, route, what, json is null ? null : Json(json), status, fields);

    private static readonly (string What, string Json, string[] Fields)[] BadReports =
    [
        ("empty", "", ["body"]), ("broken", "{", ["body"]), ("array", "[]", ["body"]), ("null", "null", ["body"]), ("string", "\"text\"", ["body"]),
        ("truncated", "{\"title\":", ["body"]), ("empty object", "{}", ["title", "type", "severity"]),
        ("no title", "{\"type\":\"CableCut\",\"severity\":2}", ["title"]),
        ("severity a word", "{\"type\":\"CableCut\",\"severity\":\"two\",\"title\":\"t\"}", ["severity"]),
        ("severity 0", "{\"type\":\"CableCut\",\"severity\":0,\"title\":\"t\"}", ["severity"]),
        ("severity overflows", "{\"type\":\"CableCut\",\"severity\":99999999999,\"title\":\"t\"}", ["severity"]),
        ("unknown type", "{\"type\":\"NoSuchType\",\"severity\":2,\"title\":\"t\"}", ["type"]),
        ("SQL as type", "{\"type\":\"'; DROP TABLE \\\"Incidents\\\"; --\",\"severity\":2,\"title\":\"t\"}", ["type"]),
        ("huge title", "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"{huge}\"}", ["title"]),
        ("blank title", "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"   \"}", ["title"]),
        ("latitude 91", "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"latitude\":91,\"longitude\":107}", ["latitude"]),
        ("latitude without longitude", "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"latitude\":16.8}", ["longitude"]),
        ("in Paris", "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"latitude\":48.85,\"longitude\":2.35}", ["latitude", "longitude"]),
        ("latitude a word", "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"latitude\":\"north\",\"longitude\":107}", ["latitude"]),
        ("start not a time", "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"startedAt\":\"yesterday\"}", ["startedAt"]),
        ("start in 2999", "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"startedAt\":\"2999-01-01T00:00:00Z\"}", ["startedAt"]),
        ("start in 1900", "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"startedAt\":\"1900-01-01T00:00:00Z\"}", ["startedAt"]),
        ("unknown service", "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"services\":[\"Telepathy\"]}", ["services"]),
        ("services not a list", "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"services\":\"Voice\"}", ["services"]),
        ("unknown affected organisation", "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"affectedOrganizationIds\":[\"00000000-0000-0000-0000-000000000001\"]}", ["affectedOrganizationIds"]),
        ("affected organisation not a guid", "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"affectedOrganizationIds\":[\"not-a-guid\"]}", ["affectedOrganizationIds[0]"]),
        ("unknown area", "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"areaId\":\"00000000-0000-0000-0000-000000000002\"}", ["areaId"]),
        ("unknown key site", "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"keySiteId\":\"00000000-0000-0000-0000-000000000003\"}", ["keySiteId"]),
        ("unknown campaign", "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"campaignId\":\"00000000-0000-0000-0000-000000000004\"}", ["campaignId"]),
        ("negative subscribers", "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"subscribersAffected\":-5}", ["subscribersAffected"]),
        ("subscribers overflow", "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"subscribersAffected\":1e30}", ["subscribersAffected"]),
        ("HTML phone", "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"reporterPhone\":\"<script>\"}", ["reporterPhone"]),
        ("unknown channel", "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"channel\":\"Carrier pigeon\"}", ["channel"]),
    ];

    private static readonly ProbeTable Table = new([
        .. BadReports.Select(b => P(Noc, "POST", "/api/v1/incidents", b.What, b.Json, 400, b.Fields)),
        new(Noc, "POST", "/api/v1/incidents", "form instead of JSON", Form(("type", "CableCut")), 415, []),
        .. new[] { ("5000 characters", "{huge}"), ("with diacritics", "khóa-có-dấu"), ("with a tab", "a\tb") }.Select(key =>
            new RequestProbe(Noc, "POST", "/api/v1/incidents", $"Idempotency-Key {key.Item1}", Json("{}"), 400, ["Idempotency-Key"]) { Headers = [("Idempotency-Key", key.Item2)] }),
        // An empty key is no key: the report is judged on its own.
        new RequestProbe(Noc, "POST", "/api/v1/incidents", "Idempotency-Key empty", Json("{}"), 400, ["severity", "title", "type"]) { Headers = [("Idempotency-Key", "")] },

        P("viettel", "POST", "/api/v1/incidents/{incident}/status", "empty body", "", 400, "body"),
        P("viettel", "POST", "/api/v1/incidents/{incident}/status", "empty object", "{}", 400, "revision", "status"),
        P("viettel", "POST", "/api/v1/incidents/{incident}/status", "no revision", "{\"status\":\"Acknowledged\"}", 400, "revision"),
        P("viettel", "POST", "/api/v1/incidents/{incident}/status", "revision a word", "{\"status\":\"Acknowledged\",\"revision\":\"one\"}", 400, "revision"),
        P("viettel", "POST", "/api/v1/incidents/{incident}/status", "numeric status", "{\"status\":\"3\",\"revision\":1}", 400, "status"),
        P("viettel", "POST", "/api/v1/incidents/{incident}/status", "new to closed", "{\"status\":\"Closed\",\"revision\":1}", 409),
        P("viettel", "POST", "/api/v1/incidents/{incident}/status", "stale revision", "{\"status\":\"Acknowledged\",\"revision\":999}", 409),
        P("viettel", "POST", "/api/v1/incidents/{incident}/status", "huge note", "{\"status\":\"Acknowledged\",\"revision\":1,\"note\":\"{huge}\"}", 400, "note"),
        P("viettel", "POST", "/api/v1/incidents/{incident}/status", "service time on a move that is not a restore", "{\"status\":\"Acknowledged\",\"revision\":1,\"restoredAt\":\"2026-01-01T00:00:00Z\"}", 400, "restoredAt"),
        P("viettel", "POST", "/api/v1/incidents/{incident}/status", "service time not a time", "{\"status\":\"Acknowledged\",\"revision\":1,\"restoredAt\":\"soon\"}", 400, "restoredAt"),
        P("viettel", "POST", "/api/v1/incidents/{incident}/times", "empty body", "", 400, "body"),
        P("viettel", "POST", "/api/v1/incidents/{incident}/times", "empty object", "{}", 400, "reason", "revision", "startedAt"),
        P("viettel", "POST", "/api/v1/incidents/{incident}/times", "start not a time", "{\"startedAt\":\"yesterday\",\"reason\":\"r\",\"revision\":1}", 400, "startedAt"),
        P("viettel", "POST", "/api/v1/incidents/{incident}/times", "start in 1900", "{\"startedAt\":\"1900-01-01T00:00:00Z\",\"reason\":\"r\",\"revision\":1}", 400, "startedAt"),
        P("viettel", "POST", "/api/v1/incidents/{incident}/times", "start in 2999", "{\"startedAt\":\"2999-01-01T00:00:00Z\",\"reason\":\"r\",\"revision\":1}", 400, "startedAt"),
        P("viettel", "POST", "/api/v1/incidents/{incident}/times", "restore before start", "{\"startedAt\":\"2026-01-02T00:00:00Z\",\"restoredAt\":\"2026-01-01T00:00:00Z\",\"reason\":\"r\",\"revision\":1}", 400, "restoredAt"),
        P("viettel", "POST", "/api/v1/incidents/{incident}/times", "restore of an open incident", "{\"restoredAt\":\"2026-01-01T00:00:00Z\",\"reason\":\"r\",\"revision\":1}", 400, "restoredAt"),
        P("viettel", "POST", "/api/v1/incidents/{incident}/times", "no reason", "{\"startedAt\":\"2026-01-01T00:00:00Z\",\"revision\":1}", 400, "reason"),
        P("viettel", "POST", "/api/v1/incidents/{incident}/times", "huge reason", "{\"startedAt\":\"2026-01-01T00:00:00Z\",\"reason\":\"{huge}\",\"revision\":1}", 400, "reason"),
        P("viettel", "POST", "/api/v1/incidents/{incident}/times", "revision a word", "{\"startedAt\":\"2026-01-01T00:00:00Z\",\"reason\":\"r\",\"revision\":\"one\"}", 400, "revision"),
        P("viettel", "POST", "/api/v1/incidents/{incident}/times", "stale revision", "{\"startedAt\":\"2026-01-01T00:00:00Z\",\"reason\":\"r\",\"revision\":999}", 409),
        P("viettel", "POST", $"/api/v1/incidents/{Unknown}/times", "unknown incident", "{\"startedAt\":\"2026-01-01T00:00:00Z\",\"reason\":\"r\",\"revision\":1}", 404),
        P("vnpt", "POST", "/api/v1/incidents/{incident}/times", "another organisation's incident", "{\"startedAt\":\"2026-01-01T00:00:00Z\",\"reason\":\"r\",\"revision\":1}", 404),
        P("leader", "POST", "/api/v1/incidents/{incident}/times", "a leader, who may only read", "{\"startedAt\":\"2026-01-01T00:00:00Z\",\"reason\":\"r\",\"revision\":1}", 403),
        P("viettel", "POST", "/api/v1/incidents/{incident}/notes", "empty note", "{\"text\":\"\"}", 400, "text"),
        P("viettel", "POST", "/api/v1/incidents/{incident}/notes", "huge note", "{\"text\":\"{huge}\"}", 400, "text"),
        P("viettel", "POST", "/api/v1/incidents/{incident}/notes", "note a number", "{\"text\":42}", 400, "text"),
        P("viettel", "POST", $"/api/v1/incidents/{Unknown}/notes", "note on an unknown incident", "{\"text\":\"ghi chú\"}", 404),
        P("viettel", "POST", "/api/v1/incidents/{incident}/assign", "member assigns nobody", "{\"organizationIds\":[],\"revision\":1}", 403),
        P("viettel", "POST", "/api/v1/incidents/{incident}/merge", "member merges into an unknown incident", $"{{\"intoId\":\"{Unknown}\",\"revision\":1}}", 403),
        P("viettel", "POST", "/api/v1/incidents/{incident}/aid-requests", "empty object", "{}", 400, "kind", "organizationId"),
        P("viettel", "POST", "/api/v1/incidents/{incident}/aid-requests", "unknown organisation", $"{{\"organizationId\":\"{Unknown}\",\"kind\":\"Generator\"}}", 400, "organizationId"),
        P("viettel", "POST", "/api/v1/incidents/{incident}/aid-requests", "unknown kind", "{\"organizationId\":\"{vnpt}\",\"kind\":\"Spaceship\"}", 400, "kind"),
        P("viettel", "POST", "/api/v1/incidents/{incident}/aid-requests", "count 0", "{\"organizationId\":\"{vnpt}\",\"kind\":\"Generator\",\"count\":0}", 400, "count"),
        P("viettel", "POST", "/api/v1/incidents/{incident}/aid-requests", "from itself", "{\"organizationId\":\"{viettel}\",\"kind\":\"Generator\"}", 400, "organizationId"),
        P("viettel", "POST", $"/api/v1/incidents/{{incident}}/aid-requests/{Unknown}/accept", "accept an unknown request", "{}", 404),
        P("viettel", "POST", "/api/v1/resources", "empty object", "{}", 400, "kind", "name"),
        P("viettel", "POST", "/api/v1/resources", "empty name", "{\"kind\":\"Generator\",\"name\":\"\"}", 400, "name"),
        P("viettel", "POST", "/api/v1/resources", "huge name", "{\"kind\":\"Generator\",\"name\":\"{huge}\"}", 400, "name"),
        P("viettel", "POST", "/api/v1/resources", "negative count", "{\"kind\":\"Generator\",\"name\":\"máy\",\"count\":-1}", 400, "count"),
        P("viettel", "POST", "/api/v1/resources", "unknown status", "{\"kind\":\"Generator\",\"name\":\"máy\",\"status\":\"Lost\"}", 400, "status"),
        P("viettel", "POST", "/api/v1/resources", "another organisation's", $"{{\"kind\":\"Generator\",\"name\":\"máy\",\"organizationId\":\"{Unknown}\"}}", 403),
        P("viettel", "POST", "/api/v1/incidents/types", "member adds a type", "{\"code\":\"X\",\"name\":\"Members cannot\"}", 403),
        .. new[] { ("status=Exploded", "status"), ("severity=9", "severity"), ("severity=abc", "severity"), ("organizationId=xyz", "organizationId"),
                   ("page=0", "page"), ("pageSize=100000", "pageSize"), ("page=abc", "page"), ("search={search300}", "search") }
            .Select(q => P("viettel", "GET", "/api/v1/incidents?" + q.Item1, "list", null, 400, q.Item2)),
        P("viettel", "GET", "/api/v1/resources?kind=Boat", "unknown kind", null, 400, "kind"),

        P("coordinator", "PUT", "/api/v1/incidents/severities/1", "blank name", "{\"name\":\"\",\"meaning\":\"m\",\"acknowledgeMinutes\":5,\"restoreMinutes\":60}", 400, "name"),
        P("coordinator", "PUT", "/api/v1/incidents/severities/1", "acknowledge in 0 minutes", "{\"name\":\"n\",\"meaning\":\"m\",\"acknowledgeMinutes\":0,\"restoreMinutes\":60}", 400, "acknowledgeMinutes"),
        P("coordinator", "PUT", "/api/v1/incidents/severities/1", "acknowledge after restore", "{\"name\":\"n\",\"meaning\":\"m\",\"acknowledgeMinutes\":90,\"restoreMinutes\":60}", 400, "restoreMinutes"),
        P("coordinator", "PUT", "/api/v1/incidents/severities/9", "unknown level", "{\"name\":\"n\",\"meaning\":\"m\",\"acknowledgeMinutes\":5,\"restoreMinutes\":60}", 404),
        P("coordinator", "PUT", "/api/v1/incidents/types/NoSuchType", "unknown type", "{\"name\":\"x\"}", 404),
        P("coordinator", "PUT", "/api/v1/incidents/types/CableCut", "blank name", "{\"name\":\"\"}", 400, "name"),
        P("coordinator", "POST", "/api/v1/incidents/types", "code with diacritics", "{\"code\":\"có dấu\",\"name\":\"x\"}", 400, "code"),
    ]);
}

public sealed class IncidentMalformedRequestsTestsOnSqlite(OwnSqliteAppFactory app) : IncidentMalformedRequestsTests(app), IClassFixture<OwnSqliteAppFactory>;
