using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Audit;
using ThongSuot.Features.Incidents;
using ThongSuot.Shared;
using ThongSuot.Tests.Api;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Incidents.IncidentsTestData;

namespace ThongSuot.Tests.Incidents;

/// <summary>
/// When the outage began and when the service came back: set at restore, corrected later with a reason that goes on the
/// timeline and into the audit, refused when out of order, in the future, unexplained or not the caller's to change.
/// </summary>
public abstract class IncidentServiceTimesTests(AppFactory app)
{
    private const string Reason = "Nhà mạng đối chiếu lại nhật ký thiết bị";
    private static readonly DateTime Now = WholeMinute(DateTime.UtcNow);

    private static DateTime WholeMinute(DateTime t) => new(t.Ticks - t.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc);
    private static string Iso(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
    private static DateTime Time(JsonElement e, string name) => e.GetProperty(name).GetDateTime().ToUniversalTime();

    /// <summary>Viettel's incident, started 5 hours ago with 1 200 subscribers cut off; restored (service back 2 hours ago) unless <paramref name="restore"/> is false.</summary>
    private async Task<JsonElement> IncidentAsync(HttpClient viettel, bool restore = true)
    {
        var created = await CreateAsync(viettel, new
        {
            type = "CableTheft", severity = 2, title = "Trộm cáp tuyến Hải Lăng", services = new[] { "MobileData" },
            startedAt = Iso(Now.AddHours(-5)), subscribersAffected = 1200,
        });
        if (!restore) return created;
        var acknowledged = await StatusAsync(viettel, created.Id(), "Acknowledged", created.Revision());
        var restored = await viettel.PostAsJsonAsync($"/api/v1/incidents/{created.Id()}/status",
            new { status = "Restored", revision = created.Revision() + 1, restoredAt = Iso(Now.AddHours(-2)) });
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        return await restored.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Task<HttpResponseMessage> TimesAsync(HttpClient client, Guid id, object body) =>
        client.PostAsJsonAsync($"/api/v1/incidents/{id}/times", body);

    [Fact]
    public async Task TheRestoreSaysWhenTheServiceCameBackAndTheOutageSizeFollows()
    {
        var incident = await IncidentAsync(await app.SignedInAsync("viettel"));
        Assert.Equal("Restored", incident.GetProperty("status").GetString());
        Assert.Equal(Now.AddHours(-2), Time(incident, "serviceRestoredAt"));
        Assert.Equal(180.0, incident.GetProperty("outageMinutes").GetDouble());
        Assert.Equal(1200L * 180, incident.GetProperty("outageSize").GetInt64());
        var stored = await FindAsync(app, incident.Id());
        Assert.True(stored!.RestoredAt > stored.ServiceRestoredAt);
    }

    [Fact]
    public async Task TheResponsibleOrganisationCorrectsBothTimesWithAReasonOnTheTimelineAndInTheAudit()
    {
        var viettel = await app.SignedInAsync("viettel");
        var incident = await IncidentAsync(viettel);
        var id = incident.Id();

        var response = await TimesAsync(viettel, id, new { startedAt = Iso(Now.AddHours(-6)), restoredAt = Iso(Now.AddHours(-1)), reason = Reason, revision = incident.Revision() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Now.AddHours(-6), Time(body, "startedAt"));
        Assert.Equal(Now.AddHours(-1), Time(body, "serviceRestoredAt"));
        Assert.Equal(300.0, body.GetProperty("outageMinutes").GetDouble());
        Assert.Equal(1200L * 300, body.GetProperty("outageSize").GetInt64());
        Assert.Equal(incident.Revision() + 1, body.Revision());
        var entry = await app.WithDbAsync(db => db.Set<IncidentEntry>().SingleAsync(e => e.IncidentId == id && e.Kind == IncidentEntryKind.Times));
        Assert.Equal($"Sửa thời điểm: bắt đầu {TimeDisplay.Format(Now.AddHours(-5))} → {TimeDisplay.Format(Now.AddHours(-6))}; "
            + $"khôi phục {TimeDisplay.Format(Now.AddHours(-2))} → {TimeDisplay.Format(Now.AddHours(-1))}. Lý do: {Reason}", entry.Text);
        Assert.Equal("Phạm Văn Viettel", entry.ByName);
        var audit = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == nameof(Incident) && a.EntityId == id.ToString() && a.Action == AuditAction.Update)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id).FirstAsync());
        var after = JsonDocument.Parse(audit.After!).RootElement;
        Assert.Equal(["Revision", "ServiceRestoredAt", "StartedAt"], after.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task ACoordinatorCorrectsTheStartOfAnOpenIncidentAndTheDetailsPageShowsTheTimes()
    {
        var viettel = await app.SignedInAsync("viettel");
        var coordinator = await app.SignedInAsync("coordinator");
        var open = await IncidentAsync(viettel, restore: false);
        var response = await TimesAsync(coordinator, open.Id(), new { startedAt = Iso(Now.AddHours(-7)), reason = Reason, revision = open.Revision() });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Now.AddHours(-7), (await FindAsync(app, open.Id()))!.StartedAt);

        var restored = await IncidentAsync(viettel);
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await viettel.GetStringAsync($"/Incidents/Details/{restored.Id()}"));
        Assert.Equal(TimeDisplay.Format(Now.AddHours(-5)), html.QuerySelector("[data-testid=started-at]")!.TextContent);
        Assert.Equal(TimeDisplay.Format(Now.AddHours(-2)), html.QuerySelector("[data-testid=service-restored-at]")!.TextContent);
        Assert.Equal("180 phút", html.QuerySelector("[data-testid=outage-minutes]")!.TextContent);
        Assert.Equal("216.000", html.QuerySelector("[data-testid=outage-size]")!.TextContent);
        Assert.NotNull(html.QuerySelector("[data-testid=times-form] input[name=Reason]"));
    }

    [Fact]
    public async Task TheDetailsFormCorrectsTheRestoreAndWithoutAReasonKeepsWhatWasTyped()
    {
        var viettel = await app.SignedInAsync("viettel");
        var incident = await IncidentAsync(viettel);
        var url = $"/Incidents/Details/{incident.Id()}";
        var token = await SignIn.AntiforgeryTokenAsync(viettel, url);
        var typed = TimeDisplay.Format(Now.AddMinutes(-90));
        FormUrlEncodedContent Form(string reason) => new(new Dictionary<string, string>
        {
            ["revision"] = incident.Revision().ToString(CultureInfo.InvariantCulture), ["RestoredAt"] = typed, ["Reason"] = reason,
            ["__RequestVerificationToken"] = token,
        });

        var refused = await viettel.PostAsync(url + "?handler=Times", Form(""));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.Equal(typed, page.QuerySelector("#times-restored")!.GetAttribute("value"));
        Assert.Equal(Now.AddHours(-2), (await FindAsync(app, incident.Id()))!.ServiceRestoredAt);

        var saved = await viettel.PostAsync(url + "?handler=Times", Form(Reason));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(Now.AddMinutes(-90), (await FindAsync(app, incident.Id()))!.ServiceRestoredAt);
    }

    public static TheoryData<string> Refusals =>
        ["restored before started", "start in the future", "restore in the future", "no reason", "start after the restore", "restore of an open incident",
         "another organisation's incident", "a leader, who may only read", "stale revision", "restore with a move that is not a restore"];

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task BadTimesAreRefusedWithTheirStatusAndFieldsAndNothingChanges(string what)
    {
        var viettel = await app.SignedInAsync("viettel");
        var (restored, open) = await app.OnceAsync("service-times", async () => (await IncidentAsync(viettel), await IncidentAsync(viettel, restore: false)));
        object Body(DateTime? started, DateTime? restoredAt, string? reason = Reason, int? revision = null) => new
        {
            startedAt = started is null ? null : Iso(started.Value), restoredAt = restoredAt is null ? null : Iso(restoredAt.Value), reason,
            revision = revision ?? restored.Revision(),
        };
        var (client, id, body, status, fields, route) = what switch
        {
            "restored before started" => (viettel, restored.Id(), Body(Now.AddHours(-3), Now.AddHours(-4)), 400, new[] { "restoredAt" }, "times"),
            "start in the future" => (viettel, restored.Id(), Body(Now.AddDays(1), null), 400, ["startedAt"], "times"),
            "restore in the future" => (viettel, restored.Id(), Body(null, Now.AddDays(1)), 400, ["restoredAt"], "times"),
            "no reason" => (viettel, restored.Id(), Body(Now.AddHours(-6), null, reason: "  "), 400, ["reason"], "times"),
            "start after the restore" => (viettel, restored.Id(), Body(Now.AddHours(-1), null), 400, ["startedAt"], "times"),
            "restore of an open incident" => (viettel, open.Id(), Body(null, Now.AddHours(-1), revision: open.Revision()), 400, ["restoredAt"], "times"),
            "another organisation's incident" => (await app.SignedInAsync("vnpt"), restored.Id(), Body(Now.AddHours(-6), null), 404, [], "times"),
            "a leader, who may only read" => (await app.SignedInAsync("leader"), restored.Id(), Body(Now.AddHours(-6), null), 403, [], "times"),
            "stale revision" => (viettel, restored.Id(), Body(Now.AddHours(-6), null, revision: 999), 409, [], "times"),
            _ => (viettel, open.Id(), new { status = "Cancelled", revision = open.Revision(), restoredAt = Iso(Now.AddHours(-1)) }, 400, ["restoredAt"], "status"),
        };
        var before = await FindAsync(app, id);

        var response = await client.PostAsJsonAsync($"/api/v1/incidents/{id}/{route}", body);

        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Equal(fields, await ErrorFieldsAsync(response));
        var after = await FindAsync(app, id);
        Assert.Equal((before!.Revision, before.StartedAt, before.ServiceRestoredAt, before.Status), (after!.Revision, after.StartedAt, after.ServiceRestoredAt, after.Status));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<IncidentEntry>().CountAsync(e => e.IncidentId == id && e.Kind == IncidentEntryKind.Times)));
    }
}

public sealed class IncidentServiceTimesTestsOnSqlite(SqliteAppFactory app) : IncidentServiceTimesTests(app), IClassFixture<SqliteAppFactory>;

public sealed class IncidentServiceTimesTestsOnPostgres(PostgresAppFactory app) : IncidentServiceTimesTests(app), IClassFixture<PostgresAppFactory>;
