using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThongSuot.Features.Accounts;
using ThongSuot.Features.Incidents;
using ThongSuot.Tests.Accounts;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Incidents.IncidentsTestData;

namespace ThongSuot.Tests.Incidents;

/// <summary>The live board's state API, and what each board receives over the wire (the real SignalR client) and what it never does.</summary>
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
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/incidents/board")).StatusCode);
        await using var anonymous = BoardHubClient.Anonymous(app);
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => anonymous.StartAsync());
        Assert.Equal(HttpStatusCode.Found, refused.StatusCode); // the sign-in cookie scheme sends it to the sign-in page

        // Signed in, a board connects and is answered (which it is only once in its group).
        await using var board = await BoardHubClient.ConnectAsync(app, "viettel");
    }

    [Fact]
    public async Task TheProvinceTheReporterAndTheAffectedOrganisationReceiveTheRowAndNoOtherOrganisationDoes()
    {
        var mobifoneMember = await app.CreateUserAsync(Roles.Member, "MOBIFONE");
        await using var province = await BoardHubClient.ConnectAsync(app, "coordinator");
        await using var viettelBoard = await BoardHubClient.ConnectAsync(app, "viettel");
        await using var mobifoneBoard = await BoardHubClient.ConnectAsync(app, mobifoneMember.UserName, AccountsTestData.Password);
        await using var vnptBoard = await BoardHubClient.ConnectAsync(app, "vnpt");
        var mobifone = await OrgAsync(app, "MOBIFONE");

        var incident = await CreateAsync(await app.SignedInAsync("viettel"), new
        {
            type = "CableCut", severity = 2, title = "Đứt cáp chung Viettel – MobiFone",
            affectedOrganizationIds = new[] { mobifone },
        });

        foreach (var board in new[] { province, viettelBoard, mobifoneBoard })
        {
            var row = (await board.ReceiveRowAsync(incident.Id()))[^1].Row!;
            Assert.Equal((incident.GetProperty("number").GetString(), 1, "Reported"), (row.Number, row.Revision, row.Status));
            Assert.Equal(await OrgAsync(app, "VIETTEL"), row.OrganizationId);
            Assert.Contains(row.Organizations, o => o.Id == mobifone);
        }
        var later = await SentinelAsync(await app.SignedInAsync("vnpt"));
        Assert.DoesNotContain(await vnptBoard.ReceiveRowAsync(later), p => p.Id == incident.Id());
    }

    [Fact]
    public async Task AnOrganisationTakenOffAnIncidentGetsTheRemovalAndNeverTheRowAgain()
    {
        var fptMember = await app.CreateUserAsync(Roles.Member, "FPT");
        await using var province = await BoardHubClient.ConnectAsync(app, "coordinator");
        await using var vnptBoard = await BoardHubClient.ConnectAsync(app, "vnpt");
        await using var fptBoard = await BoardHubClient.ConnectAsync(app, fptMember.UserName, AccountsTestData.Password);
        var coordinator = await app.SignedInAsync("coordinator");
        var (vnpt, fpt) = (await OrgAsync(app, "VNPT"), await OrgAsync(app, "FPT"));
        var incident = await CreateAsync(await app.SignedInAsync("viettel"), Body("Mất điện trạm thử bỏ giao"));
        var id = incident.Id();
        await province.ReceiveRowAsync(id, 1);
        var assigned = await AssignAsync(coordinator, province, id, incident.Revision(), vnpt, fpt);
        var unassigned = await AssignAsync(coordinator, province, id, assigned, fpt);
        var vnptMember = await app.SignedInAsync("vnpt");
        Assert.DoesNotContain(id, await BoardIdsAsync(vnptMember));

        // VNPT's board got the row when VNPT was assigned, then the removal; FPT's, still assigned, the row each time.
        var toVnpt = await vnptBoard.ReceiveUntilAsync(p => p.Id == id && !p.IsRow);
        Assert.Equal([(IncidentsHub.ChangedMessage, assigned), (IncidentsHub.RemovedMessage, unassigned)],
            toVnpt.Where(p => p.Id == id).Select(p => (p.Method, p.Revision)));
        var toFpt = await fptBoard.ReceiveRowAsync(id, unassigned);
        Assert.Equal([(IncidentsHub.ChangedMessage, assigned), (IncidentsHub.ChangedMessage, unassigned)],
            toFpt.Where(p => p.Id == id).Select(p => (p.Method, p.Revision)));

        // A change that takes nobody off (a note, which keeps the revision) sends the row only: FPT's board gets it, VNPT's nothing.
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsJsonAsync($"/api/v1/incidents/{id}/notes", new { text = "Đã chuyển cho FPT" })).StatusCode);
        var noted = (await fptBoard.ReceiveUntilAsync(p => p.Id == id))[^1];
        Assert.Equal((IncidentsHub.ChangedMessage, unassigned), (noted.Method, noted.Revision));
        var later = await SentinelAsync(vnptMember);
        Assert.DoesNotContain(await vnptBoard.ReceiveRowAsync(later), p => p.Id == id);
    }

    [Fact]
    public async Task AnOrganisationUnassignedButStillAffectedKeepsTheRow()
    {
        var mobifoneMember = await app.CreateUserAsync(Roles.Member, "MOBIFONE");
        await using var province = await BoardHubClient.ConnectAsync(app, "coordinator");
        await using var mobifoneBoard = await BoardHubClient.ConnectAsync(app, mobifoneMember.UserName, AccountsTestData.Password);
        var coordinator = await app.SignedInAsync("coordinator");
        var mobifone = await OrgAsync(app, "MOBIFONE");
        var incident = await CreateAsync(await app.SignedInAsync("viettel"),
            new { type = "CableCut", severity = 2, title = "Đứt cáp chung thử bỏ giao", affectedOrganizationIds = new[] { mobifone } });
        var id = incident.Id();
        await province.ReceiveRowAsync(id, 1);
        var assigned = await AssignAsync(coordinator, province, id, incident.Revision(), mobifone);
        var unassigned = await AssignAsync(coordinator, province, id, assigned);

        var pushes = await mobifoneBoard.ReceiveRowAsync(id, unassigned);
        var later = await SentinelAsync(await app.SignedInAsync(mobifoneMember.UserName, AccountsTestData.Password));
        pushes.AddRange(await mobifoneBoard.ReceiveRowAsync(later));
        var received = pushes.Where(p => p.Id == id).ToList();
        Assert.Equal([1, assigned, unassigned], received.Select(p => p.Revision));
        Assert.All(received, p => Assert.True(p.IsRow && p.Row!.IsOpen));
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

    /// <summary>
    /// Assigns the incident to exactly these organisations and waits until the province's board has the new row, which is
    /// the revision returned. The pusher reads the row when it sends, so a change made before the last one was pushed would
    /// reach the boards only as the later row; waiting keeps one push per change.
    /// </summary>
    private static async Task<int> AssignAsync(HttpClient coordinator, BoardHubClient province, Guid id, int revision, params Guid[] organizations)
    {
        var response = await coordinator.PostAsJsonAsync($"/api/v1/incidents/{id}/assign", new { organizationIds = organizations, revision });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var next = (await response.Content.ReadFromJsonAsync<JsonElement>()).Revision();
        await province.ReceiveRowAsync(id, next);
        return next;
    }

    /// <summary>
    /// A new incident of the member's own organisation, so that organisation's board is sure to get its row: pushes come
    /// in commit order, so a row that had not reached that board before this one never will.
    /// </summary>
    private static async Task<Guid> SentinelAsync(HttpClient member) => (await CreateAsync(member, Body("Sự cố mốc thử bảng"))).Id();

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
