using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Incidents;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Incidents.IncidentsTestData;

namespace ThongSuot.Tests.Incidents;

public abstract class IncidentScopingTests(AppFactory app)
{
    [Fact]
    public async Task AVnptMemberCannotReadOrUpdateViettelsIncidentByApiOrUrl()
    {
        var viettel = await app.SignedInAsync("viettel");
        var vnpt = await app.SignedInAsync("vnpt");
        var incident = await CreateAsync(viettel, Body("Sự cố riêng của Viettel"));
        var id = incident.Id();
        // VNPT's own incident is the positive signal: the lists below are VNPT's, not empty pages that would hide anything.
        var own = (await CreateAsync(vnpt, Body("Sự cố riêng của VNPT"))).Id();

        Assert.Equal(HttpStatusCode.NotFound, (await vnpt.GetAsync($"/api/v1/incidents/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await vnpt.GetAsync($"/Incidents/Details/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await StatusAsync(vnpt, id, "Acknowledged", incident.Revision())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await vnpt.PostAsJsonAsync($"/api/v1/incidents/{id}/notes", new { text = "xen vào" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await vnpt.GetAsync($"/api/v1/incidents/{id}/aid-requests")).StatusCode);
        var list = await vnpt.GetFromJsonAsync<JsonElement>("/api/v1/incidents?pageSize=200");
        var ids = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(own, ids);
        Assert.DoesNotContain(id, ids);
        var page = await vnpt.GetStringAsync("/Incidents");
        Assert.Contains("Sự cố riêng của VNPT", page);
        Assert.DoesNotContain("Sự cố riêng của Viettel", page);

        var stored = await FindAsync(app, id);
        Assert.Equal(IncidentStatus.Reported, stored!.Status);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<IncidentEntry>().CountAsync(e => e.IncidentId == id)));
    }

    [Fact]
    public async Task ProvinceWideRolesSeeEveryIncidentButAViewerChangesNothing()
    {
        var viettel = await app.SignedInAsync("viettel");
        var incident = await CreateAsync(viettel);
        foreach (var user in new[] { "admin", "coordinator", "leader", "viewer" })
        {
            var client = await app.SignedInAsync(user);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/incidents/{incident.Id()}")).StatusCode);
        }
        var viewer = await app.SignedInAsync("viewer");
        Assert.Equal(HttpStatusCode.Forbidden, (await StatusAsync(viewer, incident.Id(), "Acknowledged", incident.Revision())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"/api/v1/incidents/{incident.Id()}/notes", new { text = "x" })).StatusCode);
        var leader = await app.SignedInAsync("leader");
        Assert.Equal(HttpStatusCode.Forbidden, (await StatusAsync(leader, incident.Id(), "Acknowledged", incident.Revision())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leader.PostAsJsonAsync($"/api/v1/incidents/{incident.Id()}/notes", new { text = "Chỉ đạo khắc phục trước 22 giờ" })).StatusCode);
        Assert.Equal(IncidentStatus.Reported, (await FindAsync(app, incident.Id()))!.Status);
    }

    [Fact]
    public async Task AVnptMemberCannotReadOrUpdateViettelsResource()
    {
        var viettel = await app.SignedInAsync("viettel");
        var vnpt = await app.SignedInAsync("vnpt");
        var created = await viettel.PostAsJsonAsync("/api/v1/resources", new { kind = "Generator", name = "Máy phát 50 kVA thử", count = 2, location = "Đông Hà" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).Id();

        Assert.Equal(HttpStatusCode.NotFound, (await vnpt.GetAsync($"/api/v1/resources/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await vnpt.PutAsJsonAsync($"/api/v1/resources/{id}", new { kind = "Generator", name = "Của tôi", status = "Deployed" })).StatusCode);
        // VNPT's own resource is the positive signal: the list and the page are VNPT's, not empty.
        var own = await vnpt.PostAsJsonAsync("/api/v1/resources", new { kind = "Generator", name = "Máy phát 30 kVA của VNPT", count = 1, location = "Đông Hà" });
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        var ownId = (await own.Content.ReadFromJsonAsync<JsonElement>()).Id();
        var list = await vnpt.GetFromJsonAsync<JsonElement>("/api/v1/resources");
        Assert.Contains(list.EnumerateArray(), r => r.GetProperty("id").GetGuid() == ownId);
        Assert.DoesNotContain(list.EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        Assert.All(list.EnumerateArray(), r => Assert.Equal("VNPT", r.GetProperty("organizationName").GetString()));
        var page = await vnpt.GetStringAsync("/Incidents/Resources");
        Assert.Contains("Máy phát 30 kVA của VNPT", page);
        Assert.DoesNotContain("Máy phát 50 kVA thử", page);
        // Nor create one in Viettel's name.
        var viettelId = await OrgAsync(app, "VIETTEL");
        Assert.Equal(HttpStatusCode.Forbidden, (await vnpt.PostAsJsonAsync("/api/v1/resources", new { organizationId = viettelId, kind = "Generator", name = "Giả danh" })).StatusCode);
        var stored = await app.WithDbAsync(db => db.Set<AidResource>().AsNoTracking().FirstAsync(r => r.Id == id));
        Assert.Equal("Máy phát 50 kVA thử", stored.Name);
        Assert.Equal(AidResourceStatus.Available, stored.Status);
    }

    [Fact]
    public async Task AnApiKeyOfOneOperatorSeesOnlyItsOwnIncidents()
    {
        var viettelNoc = await app.OperatorSystemAsync("VIETTEL");
        var vnptNoc = await app.OperatorSystemAsync("VNPT");
        var incident = await CreateAsync(viettelNoc);
        Assert.Equal(HttpStatusCode.OK, (await viettelNoc.GetAsync($"/api/v1/incidents/{incident.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await vnptNoc.GetAsync($"/api/v1/incidents/{incident.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await StatusAsync(vnptNoc, incident.Id(), "Acknowledged", 1)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/incidents")).StatusCode);
    }
}

public sealed class IncidentScopingTestsOnSqlite(SqliteAppFactory app) : IncidentScopingTests(app), IClassFixture<SqliteAppFactory>;
