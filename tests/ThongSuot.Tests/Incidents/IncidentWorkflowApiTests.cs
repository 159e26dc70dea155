using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Audit;
using ThongSuot.Features.Incidents;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Incidents.IncidentsTestData;

namespace ThongSuot.Tests.Incidents;

public abstract class IncidentWorkflowApiTests(AppFactory app)
{
    [Fact]
    public async Task TheReportingOperatorWalksItsIncidentToClosedAndEachStepSaysWhoAndWhen()
    {
        var viettel = await app.SignedInAsync("viettel");
        var incident = await CreateAsync(viettel);
        var id = incident.Id();
        var revision = incident.Revision();
        foreach (var status in new[] { "Acknowledged", "Responding", "Restored", "Closed" })
        {
            var response = await StatusAsync(viettel, id, status, revision, $"Bước {status}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(status, body.GetProperty("status").GetString());
            Assert.Equal(revision + 1, body.Revision());
            revision = body.Revision();
        }
        var stored = await FindAsync(app, id);
        Assert.NotNull(stored!.AcknowledgedAt);
        Assert.NotNull(stored.ClosedAt);
        var steps = await app.WithDbAsync(db => db.Set<IncidentEntry>().Where(e => e.IncidentId == id && e.Kind == IncidentEntryKind.Status).OrderBy(e => e.At).ToListAsync());
        Assert.Equal(4, steps.Count);
        Assert.All(steps, s => Assert.Equal("Phạm Văn Viettel", s.ByName));
        Assert.Equal(IncidentStatus.Restored, steps[3].FromStatus);
        var audits = await app.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(a => a.EntityType == nameof(Incident) && a.EntityId == id.ToString() && a.Action == AuditAction.Update));
        Assert.Equal(4, audits);
    }

    [Fact]
    public async Task AnIllegalMoveIs409AndAnUnknownStatusIs400AndNothingChanges()
    {
        var viettel = await app.SignedInAsync("viettel");
        var incident = await CreateAsync(viettel);
        var response = await StatusAsync(viettel, incident.Id(), "Closed", incident.Revision());
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Không chuyển được từ \"Mới báo\" sang \"Đã đóng\".", await TitleAsync(response));
        response = await StatusAsync(viettel, incident.Id(), "Exploded", incident.Revision());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["status"], await ErrorFieldsAsync(response));
        response = await StatusAsync(viettel, incident.Id(), "Merged", incident.Revision());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var stored = await FindAsync(app, incident.Id());
        Assert.Equal(IncidentStatus.Reported, stored!.Status);
        Assert.Equal(incident.Revision(), stored.Revision);
    }

    [Fact]
    public async Task OfTwoPeopleEditingTheSameRevisionTheSecondGetsAClearConflictAndTheFirstChangeStays()
    {
        var viettel = await app.SignedInAsync("viettel");
        var coordinator = await app.SignedInAsync("coordinator");
        var incident = await CreateAsync(viettel);
        var seen = incident.Revision();

        var first = await StatusAsync(coordinator, incident.Id(), "Acknowledged", seen, "Điều phối đã nhận");
        var second = await StatusAsync(viettel, incident.Id(), "Cancelled", seen, "Báo nhầm");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("vừa được người khác cập nhật", await TitleAsync(second));
        var stored = await FindAsync(app, incident.Id());
        Assert.Equal(IncidentStatus.Acknowledged, stored!.Status);
        Assert.Equal(seen + 1, stored.Revision);
    }

    [Fact]
    public async Task SimultaneousEditsOfOneRevisionLetExactlyOneThrough()
    {
        var viettel = await app.SignedInAsync("viettel");
        var coordinator = await app.SignedInAsync("coordinator");
        var admin = await app.SignedInAsync("admin");
        var incident = await CreateAsync(viettel);
        var responses = await Task.WhenAll(new[] { viettel, coordinator, admin }.Select(c => StatusAsync(c, incident.Id(), "Acknowledged", incident.Revision())));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var stored = await FindAsync(app, incident.Id());
        Assert.Equal(incident.Revision() + 1, stored!.Revision);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<IncidentEntry>().CountAsync(e => e.IncidentId == incident.Id() && e.Kind == IncidentEntryKind.Status)));
    }

    [Fact]
    public async Task NotesFromTwoPeopleAtOnceAreBothKept()
    {
        var viettel = await app.SignedInAsync("viettel");
        var coordinator = await app.SignedInAsync("coordinator");
        var incident = await CreateAsync(viettel);
        var a = await viettel.PostAsJsonAsync($"/api/v1/incidents/{incident.Id()}/notes", new { text = "Đội kỹ thuật đã xuất phát" });
        var b = await coordinator.PostAsJsonAsync($"/api/v1/incidents/{incident.Id()}/notes", new { text = "<b>Báo cáo</b> mỗi 30 phút" });
        Assert.Equal(HttpStatusCode.OK, a.StatusCode);
        Assert.Equal(HttpStatusCode.OK, b.StatusCode);
        var body = await b.Content.ReadFromJsonAsync<JsonElement>();
        var notes = body.GetProperty("timeline").EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "Note").Select(e => e.GetProperty("text").GetString()).ToList();
        Assert.Equal(["Đội kỹ thuật đã xuất phát", "<b>Báo cáo</b> mỗi 30 phút"], notes);
    }

    [Fact]
    public async Task AnAssignedOperatorsMemberMayThenUpdateTheIncident()
    {
        var viettel = await app.SignedInAsync("viettel");
        var vnpt = await app.SignedInAsync("vnpt");
        var coordinator = await app.SignedInAsync("coordinator");
        var incident = await CreateAsync(viettel);
        Assert.Equal(HttpStatusCode.NotFound, (await StatusAsync(vnpt, incident.Id(), "Acknowledged", incident.Revision())).StatusCode);
        // A Member cannot assign, even on its own incident.
        var refused = await viettel.PostAsJsonAsync($"/api/v1/incidents/{incident.Id()}/assign", new { organizationIds = new[] { await OrgAsync(app, "VNPT") }, revision = incident.Revision() });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var assigned = await coordinator.PostAsJsonAsync($"/api/v1/incidents/{incident.Id()}/assign", new { organizationIds = new[] { await OrgAsync(app, "VNPT") }, revision = incident.Revision() });
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        var body = await assigned.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(body.GetProperty("organizations").EnumerateArray(), o => o.GetProperty("shortName").GetString() == "VNPT" && o.GetProperty("role").GetString() == "Assigned");
        Assert.Contains(body.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("text").GetString() == "Giao xử lý: VNPT");

        var acknowledged = await StatusAsync(vnpt, incident.Id(), "Acknowledged", body.Revision());
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
    }

    [Fact]
    public async Task ACoordinatorMergesADuplicateIntoTheIncidentThatCarriesOn()
    {
        var viettel = await app.SignedInAsync("viettel");
        var coordinator = await app.SignedInAsync("coordinator");
        var original = await CreateAsync(viettel, Body("Sự cố gốc"));
        var duplicate = await CreateAsync(viettel, Body("Sự cố trùng"));
        var response = await coordinator.PostAsJsonAsync($"/api/v1/incidents/{duplicate.Id()}/merge", new { intoId = original.Id(), revision = duplicate.Revision() });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var merged = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Merged", merged.GetProperty("status").GetString());
        Assert.Equal(original.GetProperty("number").GetString(), merged.GetProperty("mergedIntoNumber").GetString());
        var target = await (await coordinator.GetAsync($"/api/v1/incidents/{original.Id()}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(target.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("kind").GetString() == "Merge");
        // Merged is final; merging into itself is a field error.
        Assert.Equal(HttpStatusCode.Conflict, (await StatusAsync(coordinator, duplicate.Id(), "Acknowledged", merged.Revision())).StatusCode);
        var self = await coordinator.PostAsJsonAsync($"/api/v1/incidents/{original.Id()}/merge", new { intoId = original.Id(), revision = original.Revision() });
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
    }

    [Fact]
    public async Task TheListFiltersByStatusTypeSeverityAndOrganisationAndPages()
    {
        var admin = await app.SignedInAsync("admin");
        var page = await admin.GetFromJsonAsync<JsonElement>("/api/v1/incidents?type=CableCut&severity=2&status=Responding");
        Assert.Contains(page.GetProperty("items").EnumerateArray(), i => i.GetProperty("title").GetString() == "Đứt cáp quang tuyến Đông Hà – Cam Lộ");
        Assert.All(page.GetProperty("items").EnumerateArray(), i => Assert.Equal("Responding", i.GetProperty("status").GetString()));
        var mobifone = await OrgAsync(app, "MOBIFONE");
        page = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/incidents?organizationId={mobifone}");
        Assert.All(page.GetProperty("items").EnumerateArray(), i => Assert.Equal("MOBIFONE", i.GetProperty("organizationName").GetString()));
        page = await admin.GetFromJsonAsync<JsonElement>("/api/v1/incidents?pageSize=2&page=1");
        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
        Assert.True(page.GetProperty("total").GetInt32() >= 4);
        page = await admin.GetFromJsonAsync<JsonElement>("/api/v1/incidents?search=cam lo");
        Assert.Single(page.GetProperty("items").EnumerateArray());
    }
}

public sealed class IncidentWorkflowApiTestsOnSqlite(OwnSqliteAppFactory app) : IncidentWorkflowApiTests(app), IClassFixture<OwnSqliteAppFactory>;

public sealed class IncidentWorkflowApiTestsOnPostgres(OwnPostgresAppFactory app) : IncidentWorkflowApiTests(app), IClassFixture<OwnPostgresAppFactory>;
