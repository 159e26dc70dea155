using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThongSuot.Features.Incidents;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Incidents.IncidentsTestData;

namespace ThongSuot.Tests.Incidents;

/// <summary>The live board's state API and what the hub listener sends to whom.</summary>
public abstract class BoardTests(AppFactory app)
{
    [Fact]
    public async Task AVnptMemberDoesNotSeeAViettelOnlyIncidentOnTheBoardUntilVnptIsAssigned()
    {
        var viettel = await app.SignedInAsync("viettel");
        var vnpt = await app.SignedInAsync("vnpt");
        var coordinator = await app.SignedInAsync("coordinator");
        var incident = await CreateAsync(viettel, Body("Mất sóng riêng Viettel trên bảng"));
        var id = incident.Id();

        Assert.Contains(id, await BoardIdsAsync(viettel));
        Assert.Contains(id, await BoardIdsAsync(coordinator));
        Assert.Contains(id, await BoardIdsAsync(await app.SignedInAsync("viewer")));
        Assert.DoesNotContain(id, await BoardIdsAsync(vnpt));

        var vnptId = await OrgAsync(app, "VNPT");
        var assigned = await coordinator.PostAsJsonAsync($"/api/v1/incidents/{id}/assign", new { organizationIds = new[] { vnptId }, revision = incident.Revision() });
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        var row = (await BoardAsync(vnpt)).GetProperty("incidents").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal("Reported", row.GetProperty("status").GetString());
        Assert.Equal("Mới báo", row.GetProperty("statusName").GetString());
        Assert.Equal(2, row.GetProperty("revision").GetInt32());
        Assert.Contains(row.GetProperty("organizations").EnumerateArray(), o => o.GetProperty("shortName").GetString() == "VNPT" && o.GetProperty("role").GetString() == "Assigned");
        Assert.Equal("VIETTEL", row.GetProperty("organizationName").GetString());
    }

    [Fact]
    public async Task TheBoardListsOpenIncidentsBySeverityThenAgeAndDropsACancelledOne()
    {
        var viettel = await app.SignedInAsync("viettel");
        var low = await CreateAsync(viettel, Body("Nghẽn nhẹ trên bảng", "NetworkCongestion", 4));
        var critical = await CreateAsync(viettel, Body("Đứt cáp nghiêm trọng trên bảng", "CableCut", 1));
        var cancelled = await CreateAsync(viettel, Body("Báo nhầm trên bảng", "Other", 3));
        Assert.Equal(HttpStatusCode.OK, (await StatusAsync(viettel, cancelled.Id(), "Cancelled", cancelled.Revision())).StatusCode);

        var state = await BoardAsync(viettel);
        var rows = state.GetProperty("incidents").EnumerateArray().ToList();
        Assert.DoesNotContain(rows, r => r.GetProperty("id").GetGuid() == cancelled.Id());
        var order = rows.Select(r => (Severity: r.GetProperty("severity").GetInt32(), Started: r.GetProperty("startedAt").GetDateTime())).ToList();
        Assert.Equal(order.OrderBy(o => o.Severity).ThenBy(o => o.Started).ToList(), order);
        Assert.True(rows.FindIndex(r => r.GetProperty("id").GetGuid() == critical.Id()) < rows.FindIndex(r => r.GetProperty("id").GetGuid() == low.Id()));
        Assert.NotEmpty(state.GetProperty("keySites").EnumerateArray());
        Assert.All(rows, r => Assert.True(r.GetProperty("isOpen").GetBoolean()));
    }

    [Fact]
    public async Task TheBoardApiAndTheHubNeedASignIn()
    {
        var anonymous = app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/incidents/board")).StatusCode);
        var refused = await anonymous.PostAsync("/hubs/incidents/negotiate?negotiateVersion=1", null);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);

        var viettel = await app.SignedInAsync("viettel");
        var negotiated = await viettel.PostAsync("/hubs/incidents/negotiate?negotiateVersion=1", null);
        Assert.Equal(HttpStatusCode.OK, negotiated.StatusCode);
        Assert.True((await negotiated.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("connectionToken", out _));
    }

    [Fact]
    public async Task TheListenerSendsTheRowToTheProvinceAndTheInvolvedOrganisationsOnly()
    {
        var viettel = await app.SignedInAsync("viettel");
        var mobifone = await OrgAsync(app, "MOBIFONE");
        var body = new
        {
            type = "CableCut", severity = 2, title = "Đứt cáp chung Viettel – MobiFone",
            affectedOrganizationIds = new[] { mobifone },
        };
        var incident = await CreateAsync(viettel, body);
        var hub = new RecordingHub();
        await using var scope = app.Services.CreateAsyncScope();
        var listener = Listener(scope, hub);

        await listener.OnChangedAsync(new IncidentChange(incident.Id(), "x", "reported", IncidentStatus.Reported, 2, DateTime.UtcNow), default);

        var sent = Assert.Single(hub.Sent);
        Assert.Equal(IncidentsHub.ChangedMessage, sent.Method);
        var viettelId = await OrgAsync(app, "VIETTEL");
        Assert.Equal(new[] { "org:" + mobifone, "org:" + viettelId, "province" }.Order(), sent.Groups.Order());
        Assert.DoesNotContain("org:" + await OrgAsync(app, "VNPT"), sent.Groups);
        var row = Assert.IsType<BoardRow>(Assert.Single(sent.Args));
        Assert.Equal(incident.Id(), row.Id);
        Assert.Equal(incident.GetProperty("number").GetString(), row.Number);
    }

    [Fact]
    public async Task AnOrganisationTakenOffAnIncidentGetsTheRemovalAndNeverTheRow()
    {
        var viettel = await app.SignedInAsync("viettel");
        var coordinator = await app.SignedInAsync("coordinator");
        var (vnpt, fpt) = (await OrgAsync(app, "VNPT"), await OrgAsync(app, "FPT"));
        var incident = await CreateAsync(viettel, Body("Mất điện trạm thử bỏ giao"));
        var id = incident.Id();
        var assigned = await coordinator.PostAsJsonAsync($"/api/v1/incidents/{id}/assign", new { organizationIds = new[] { vnpt, fpt }, revision = incident.Revision() });
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        var unassigned = await coordinator.PostAsJsonAsync($"/api/v1/incidents/{id}/assign",
            new { organizationIds = new[] { fpt }, revision = (await assigned.Content.ReadFromJsonAsync<JsonElement>()).Revision() });
        Assert.Equal(HttpStatusCode.OK, unassigned.StatusCode);
        var revision = (await unassigned.Content.ReadFromJsonAsync<JsonElement>()).Revision();
        Assert.DoesNotContain(id, await BoardIdsAsync(await app.SignedInAsync("vnpt")));

        var hub = new RecordingHub();
        await using var scope = app.Services.CreateAsyncScope();
        await Listener(scope, hub).OnChangedAsync(await LastAssignmentAsync(id, revision, [], [vnpt]), default);

        var row = Assert.Single(hub.Sent, s => s.Method == IncidentsHub.ChangedMessage);
        Assert.Contains(IncidentsHubGroups.Province, row.Groups);
        Assert.Contains(IncidentsHubGroups.Organization(fpt), row.Groups);
        Assert.DoesNotContain(IncidentsHubGroups.Organization(vnpt), row.Groups);
        var removed = Assert.Single(hub.Sent, s => s.Method == IncidentsHub.RemovedMessage);
        Assert.Equal([IncidentsHubGroups.Organization(vnpt)], removed.Groups);
        Assert.Equal(new BoardRemoval(id, revision), Assert.Single(removed.Args));
        Assert.DoesNotContain(hub.Sent, s => s.Method == IncidentsHub.ChangedMessage && s.Groups.Contains(IncidentsHubGroups.Organization(vnpt)));

        // A change that takes nobody off (a note) sends the row only.
        hub.Sent.Clear();
        await Listener(scope, hub).OnChangedAsync(new IncidentChange(id, "x", "note", IncidentStatus.Reported, 2, DateTime.UtcNow), default);
        Assert.Equal([IncidentsHub.ChangedMessage], hub.Sent.Select(s => s.Method));
    }

    [Fact]
    public async Task AnOrganisationUnassignedButStillAffectedKeepsTheRow()
    {
        var viettel = await app.SignedInAsync("viettel");
        var coordinator = await app.SignedInAsync("coordinator");
        var mobifone = await OrgAsync(app, "MOBIFONE");
        var incident = await CreateAsync(viettel, new { type = "CableCut", severity = 2, title = "Đứt cáp chung thử bỏ giao", affectedOrganizationIds = new[] { mobifone } });
        var assigned = await coordinator.PostAsJsonAsync($"/api/v1/incidents/{incident.Id()}/assign", new { organizationIds = new[] { mobifone }, revision = incident.Revision() });
        var unassigned = await coordinator.PostAsJsonAsync($"/api/v1/incidents/{incident.Id()}/assign",
            new { organizationIds = Array.Empty<Guid>(), revision = (await assigned.Content.ReadFromJsonAsync<JsonElement>()).Revision() });
        Assert.Equal(HttpStatusCode.OK, unassigned.StatusCode);

        var hub = new RecordingHub();
        await using var scope = app.Services.CreateAsyncScope();
        await Listener(scope, hub).OnChangedAsync(await LastAssignmentAsync(incident.Id(), 3, [], [mobifone]), default);

        var row = Assert.Single(hub.Sent);
        Assert.Equal(IncidentsHub.ChangedMessage, row.Method);
        Assert.Contains(IncidentsHubGroups.Organization(mobifone), row.Groups);
    }

    [Fact]
    public async Task TheBoardPageAndTheLiveStatusAreOnThePages()
    {
        var viettel = await app.SignedInAsync("viettel");
        var board = await viettel.GetStringAsync("/Incidents/Board");
        Assert.Contains("Bảng điều hành sự cố", board);
        Assert.Contains("/js/board.js", board);
        Assert.Contains("href=\"/Incidents/Board\"", await viettel.GetStringAsync("/Incidents"));
        var incident = await CreateAsync(viettel);
        var details = await viettel.GetStringAsync($"/Incidents/Details/{incident.Id()}");
        Assert.Contains($"data-incident-id=\"{incident.Id()}\"", details);
        Assert.Contains("/js/board-live.js", details);
    }

    private static BoardListener Listener(AsyncServiceScope scope, RecordingHub hub) => new(scope.ServiceProvider.GetRequiredService<BoardService>(), hub);

    /// <summary>The change an assignment published, as the processor hands it to the listeners.</summary>
    private async Task<IncidentChange> LastAssignmentAsync(Guid id, int revision, Guid[] added, Guid[] removed)
    {
        var incident = (await FindAsync(app, id))!;
        Assert.Equal(revision, incident.Revision);
        var at = await app.WithDbAsync(db => db.Set<IncidentEntry>().Where(e => e.IncidentId == id && e.Kind == IncidentEntryKind.Assignment)
            .OrderByDescending(e => e.At).Select(e => e.At).FirstAsync());
        return new IncidentChange(id, incident.Number, "assigned", incident.Status, incident.Severity, at, added, removed);
    }

    private static async Task<JsonElement> BoardAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/v1/incidents/board");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<List<Guid>> BoardIdsAsync(HttpClient client) =>
        (await BoardAsync(client)).GetProperty("incidents").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ToList();
}

public sealed class BoardTestsOnSqlite(SqliteAppFactory app) : BoardTests(app), IClassFixture<SqliteAppFactory>;
