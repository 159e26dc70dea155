using System.Text.Json;
using ThongSuot.Tests.Api;
using static ThongSuot.Tests.Api.ProbeBody;
using static ThongSuot.Tests.Duty.DutyTestKit;

namespace ThongSuot.Tests.Duty;

/// <summary>
/// Bad requests from a Viettel member against the duty API: each gets its exact status (and, for a 400, the fields to
/// fix), and no table gains or loses a row.
/// </summary>
public abstract class DutyMalformedRequestsTests(Infrastructure.AppFactory app)
{
    public static TheoryData<string> Rows => Table.Rows;

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task IsRefusedWithItsStatusAndFieldsAndWritesNothing(string probe)
    {
        var placeholders = await app.OnceAsync("duty-probes", ArrangeAsync);
        await ProbeRunner.AssertRefusedAsync(app, await app.SignedInOnceAsync("viettel"), Table[probe], placeholders);
    }

    private async Task<IReadOnlyDictionary<string, string>> ArrangeAsync()
    {
        var ids = await IdsAsync(app);
        return new Dictionary<string, string>
        {
            ["campaign"] = ids.Campaign.ToString(), ["viettel"] = ids.Viettel.ToString(), ["vnpt"] = ids.Vnpt.ToString(), ["vnptPerson"] = ids.VnptPerson.ToString(),
            ["viettelShift"] = (await AShiftOfAsync(app, ids.Viettel)).ToString(), ["vnptShift"] = (await AShiftOfAsync(app, ids.Vnpt)).ToString(),
        };
    }

    private static readonly string Huge = new('x', 5000);
    private const string Start = "2027-02-20T06:00:00+07:00", End = "2027-02-20T14:00:00+07:00";

    /// <summary>A body with placeholders for ids, e.g. organizationId = "{viettel}".</summary>
    private static string Body(object value) => JsonSerializer.Serialize(value);

    private static object Shift(string personName = "A", string role = "Shift", string start = Start, string end = End, string org = "{viettel}",
        string campaign = "{campaign}", string? phone = null, string? personId = null) =>
        new { organizationId = org, campaignId = campaign, personName, phone, personId, role, startsAt = start, endsAt = end };

    private static object Pattern(string from = "2027-02-05", string to = "2027-02-06", string startTimes = "06:00", object? people = null, string role = "Shift", string org = "{viettel}") =>
        new { organizationId = org, campaignId = "{campaign}", role, from, to, startTimes, people = people ?? new[] { new { name = "A" } } };

    private static readonly (string What, string Json, string[] Fields)[] JsonShapes =
    [
        ("empty", "", ["body"]), ("broken", "{", ["body"]), ("array", "[]", ["body"]), ("null", "null", ["body"]), ("string", "\"text\"", ["body"]),
    ];

    /// <summary>Shift bodies, sent to create a shift and to change one of Viettel's, with the fields each must name.</summary>
    private static readonly (string What, string Json, string[] Fields)[] ShiftBodies =
    [
        .. JsonShapes,
        ("empty object", "{}", ["campaignId", "endsAt", "organizationId", "role", "startsAt"]),
        ("organisation not a guid", "{\"organizationId\":\"not-a-guid\"}", ["organizationId"]),
        ("organisation a number", "{\"organizationId\":123}", ["organizationId"]),
        ("unknown role", Body(Shift(role: "Chef")), ["role"]),
        ("numeric role", Body(Shift(role: "7")), ["role"]),
        ("ends before it starts", Body(Shift(start: End, end: Start)), ["endsAt"]),
        ("ends as it starts", Body(Shift(end: Start)), ["endsAt"]),
        ("a month long", Body(Shift(end: "2027-03-20T14:00:00+07:00")), ["endsAt"]),
        ("start not a time", Body(Shift(start: "yesterday")), ["startsAt"]),
        ("huge person name", Body(Shift(personName: Huge)), ["personName"]),
        ("huge phone", Body(Shift(phone: Huge)), ["phone"]),
        ("blank person name", Body(Shift(personName: "   ")), ["personName"]),
        ("VNPT's person", Body(Shift(personId: "{vnptPerson}")), ["personId"]),
        ("unknown campaign", Body(Shift(campaign: Unknown)), ["campaignId"]),
        ("unknown organisation", Body(Shift(org: Unknown)), ["organizationId"]),
        ("VNPT's organisation", Body(Shift(org: "{vnpt}")), []),
        ("SQL in name and role", Body(Shift(personName: "'; DROP TABLE \"DutyShifts\"; --", role: "'; DROP TABLE x; --")), ["role"]),
        ("year 1", Body(Shift(start: "0001-01-01T00:00:00Z", end: "0001-01-01T08:00:00Z")), ["startsAt"]),
    ];

    private static readonly (string What, string Json, string[] Fields)[] PatternBodies =
    [
        ("empty", "", ["body"]), ("broken", "{", ["body"]), ("empty object", "{}", ["campaignId", "from", "organizationId", "people", "role", "startTimes", "to"]),
        ("date not a date", "{\"from\":\"31/02/2027\"}", ["from"]), ("people not a list", "{\"people\":\"abc\"}", ["people"]),
        ("hour 25", Body(Pattern(startTimes: "25:00")), ["startTimes"]),
        ("to before from", Body(Pattern(from: "2027-02-06", to: "2027-02-05")), ["to"]),
        ("a whole year", Body(Pattern(from: "2027-01-01", to: "2027-12-31")), ["to"]),
        ("too many shifts", Body(Pattern(to: "2027-03-30", startTimes: "00:00 01:00 02:00 03:00 04:00 05:00 06:00 07:00 08:00 09:00 10:00 11:00 12:00")), ["startTimes"]),
        ("nobody", Body(Pattern(people: Array.Empty<object>())), ["people"]),
        ("VNPT's person", Body(Pattern(people: new[] { new { personId = "{vnptPerson}" } })), ["people"]),
        ("huge name", Body(Pattern(people: new[] { new { name = Huge } })), ["people"]),
        ("unknown role", Body(Pattern(role: "Nope")), ["role"]),
        ("VNPT's organisation", Body(Pattern(org: "{vnpt}")), []),
    ];

    private static readonly (string What, string Json, string[] Fields)[] LogBodies =
    [
        ("empty", "", ["body"]), ("broken", "{", ["body"]), ("empty object", "{}", ["kind", "organizationId", "text"]),
        ("no text", Body(new { organizationId = "{viettel}", kind = "Call", text = "" }), ["text"]),
        ("unknown kind", Body(new { organizationId = "{viettel}", kind = "Gossip", text = "x" }), ["kind"]),
        ("huge text", Body(new { organizationId = "{viettel}", kind = "Call", text = Huge }), ["text"]),
        ("in the future", Body(new { organizationId = "{viettel}", kind = "Call", text = "x", at = "2030-01-01T00:00:00Z" }), ["at"]),
        ("VNPT's organisation", Body(new { organizationId = "{vnpt}", kind = "Call", text = "x" }), []),
        ("unknown organisation", Body(new { organizationId = Unknown, kind = "Call", text = "x" }), []),
    ];

    private static RequestProbe P(string method, string route, string what, string? json, int status, params string[] fields) =>
        new("viettel", method, route, what, json is null ? null : Json(json), status, fields);

    private static readonly ProbeTable Table = new([
        // Another organisation's shifts are refused (403); its log and feeds are hidden (404). A row with no fields is one of those.
        .. ShiftBodies.Select(b => P("POST", "/api/v1/duty/shifts", b.What, b.Json, b.Fields is [] ? 403 : 400, b.Fields)),
        .. ShiftBodies.Select(b => P("PUT", "/api/v1/duty/shifts/{viettelShift}", b.What, b.Json, b.Fields is [] ? 403 : 400, b.Fields)),
        // VNPT's shift: the body is read before the shift is looked up, so broken JSON is a 400 whatever the shift; a well-formed body is refused.
        .. ShiftBodies.Take(8).Select(b => P("PUT", "/api/v1/duty/shifts/{vnptShift}", b.What, b.Json, b.What == "empty object" ? 403 : 400, b.What == "empty object" ? [] : b.Fields)),
        .. PatternBodies.Select(b => P("POST", "/api/v1/duty/shifts/pattern", b.What, b.Json, b.Fields is [] ? 403 : 400, b.Fields)),
        .. LogBodies.Select(b => P("POST", "/api/v1/duty/log", b.What, b.Json, b.Fields is [] ? 404 : 400, b.Fields)),
        P("POST", "/api/v1/duty/shifts/{viettelShift}/swap", "empty", "", 400, "body"),
        P("POST", "/api/v1/duty/shifts/{viettelShift}/swap", "empty object", "{}", 400, "otherShiftId"),
        P("POST", "/api/v1/duty/shifts/{viettelShift}/swap", "other shift not a guid", "{\"otherShiftId\":\"x\"}", 400, "otherShiftId"),
        P("POST", "/api/v1/duty/shifts/{viettelShift}/swap", "with itself", Body(new { otherShiftId = "{viettelShift}" }), 400, "otherShiftId"),
        P("POST", "/api/v1/duty/shifts/{viettelShift}/swap", "with VNPT's shift", Body(new { otherShiftId = "{vnptShift}" }), 400, "otherShiftId"),
        P("POST", "/api/v1/duty/shifts/{viettelShift}/swap", "with an unknown shift", Body(new { otherShiftId = Unknown }), 400, "otherShiftId"),
        P("POST", "/api/v1/duty/feeds", "empty", "", 400, "body"),
        P("POST", "/api/v1/duty/feeds", "empty object", "{}", 400, "organizationId"),
        P("POST", "/api/v1/duty/feeds", "VNPT's organisation", Body(new { organizationId = "{vnpt}" }), 404),
        P("POST", "/api/v1/duty/feeds", "VNPT's person", Body(new { organizationId = "{viettel}", personId = "{vnptPerson}" }), 400, "personId"),
        P("POST", "/api/v1/duty/feeds", "organisation not a guid", Body(new { organizationId = "x" }), 400, "organizationId"),
        P("DELETE", "/api/v1/duty/shifts/{vnptShift}", "VNPT's shift", null, 403),
        P("DELETE", $"/api/v1/duty/shifts/{Unknown}", "unknown shift", null, 404),
        P("DELETE", "/api/v1/duty/shifts/not-a-guid", "id not a guid", null, 404),
        P("POST", $"/api/v1/duty/log/{Unknown}/acknowledge", "unknown log entry", null, 404),
        P("GET", "/api/v1/duty/now?kind=<script>", "HTML kind", null, 400, "kind"),
        P("GET", "/api/v1/duty/now?areaId=1", "area not a guid", null, 400, "areaId"),
        P("GET", "/api/v1/duty/gaps?hours=-1", "negative hours", null, 400, "hours"),
        P("GET", "/api/v1/duty/gaps?hours=abc", "hours not a number", null, 400, "hours"),
        P("GET", "/api/v1/duty/gaps?hours=99999999999", "hours too many", null, 400, "hours"),
        P("GET", "/api/v1/duty/coverage?campaignId=x", "campaign not a guid", null, 400, "campaignId"),
        P("GET", "/api/v1/duty/coverage", "no campaign", null, 400, "campaignId"),
        P("GET", $"/api/v1/duty/coverage?campaignId={Unknown}&organizationId={{viettel}}", "unknown campaign", null, 404),
        P("GET", "/api/v1/duty/shifts?from=abc", "from not a time", null, 400, "from"),
        P("GET", "/api/v1/duty/shifts?organizationId=1", "organisation not a guid", null, 400, "organizationId"),
        P("GET", "/api/v1/duty/shifts?from=2027-02-10T00:00:00Z&to=2027-02-01T00:00:00Z", "to before from", null, 400, "to"),
        P("GET", "/api/v1/duty/log", "no organisation", null, 400, "organizationId"),
        P("GET", "/api/v1/duty/log?organizationId={viettel}&day=06/02/2027", "day not ISO", null, 400, "day"),
        P("GET", "/api/v1/duty/log?organizationId={vnpt}", "VNPT's log", null, 404),
        P("GET", $"/api/v1/duty/organizations/{Unknown}/roster.ics", "roster of an unknown organisation", null, 404),
        P("GET", "/api/v1/duty/organizations/{viettel}/roster.ics?personId=x", "person not a guid", null, 400, "personId"),
        P("GET", "/api/v1/duty/organizations/{viettel}/roster.xlsx?campaignId=x", "campaign not a guid", null, 400, "campaignId"),
        P("GET", "/api/v1/duty/feeds/x.ics", "unknown feed token", null, 404),
        P("GET", $"/api/v1/duty/shifts/{Unknown}", "unknown shift", null, 404),
    ]);
}

public sealed class SqliteDutyMalformedRequestsTests(SqliteDutyAppFactory app) : DutyMalformedRequestsTests(app), IClassFixture<SqliteDutyAppFactory>;
