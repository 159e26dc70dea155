using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Audit;
using ThongSuot.Features.Incidents;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Incidents.IncidentsTestData;

namespace ThongSuot.Tests.Incidents;

public abstract class MutualAidTests(AppFactory app)
{
    [Fact]
    public async Task VnptAsksViettelForAGeneratorAndViettelAcceptsWithItsOwnGeneratorWhichIsThenDeployed()
    {
        var vnpt = await app.SignedInAsync("vnpt");
        var viettel = await app.SignedInAsync("viettel");
        var incident = await CreateAsync(vnpt, Body("Mất điện trạm VNPT cần máy phát"));
        var viettelId = await OrgAsync(app, "VIETTEL");

        var asked = await vnpt.PostAsJsonAsync($"/api/v1/incidents/{incident.Id()}/aid-requests", new { organizationId = viettelId, kind = "Generator", count = 1, note = "Cần gấp" });
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var request = await asked.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Pending", request.GetProperty("status").GetString());
        Assert.False(request.GetProperty("canRespond").GetBoolean());

        // Viettel now sees the incident, but the requester cannot answer its own request.
        Assert.Equal(HttpStatusCode.OK, (await viettel.GetAsync($"/api/v1/incidents/{incident.Id()}")).StatusCode);
        var requestId = request.Id();
        Assert.Equal(HttpStatusCode.Forbidden, (await vnpt.PostAsJsonAsync($"/api/v1/incidents/{incident.Id()}/aid-requests/{requestId}/accept", new { })).StatusCode);

        var generator = await app.WithDbAsync(db => db.Set<AidResource>().Where(r => r.OrganizationId == viettelId && r.Kind == AidResourceKind.Generator).Select(r => r.Id).FirstAsync());
        var accepted = await viettel.PostAsJsonAsync($"/api/v1/incidents/{incident.Id()}/aid-requests/{requestId}/accept", new { note = "Xe xuất phát lúc 21 giờ", resourceId = generator });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("Accepted", (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(AidResourceStatus.Deployed, (await app.WithDbAsync(db => db.Set<AidResource>().FirstAsync(r => r.Id == generator))).Status);

        var again = await viettel.PostAsJsonAsync($"/api/v1/incidents/{incident.Id()}/aid-requests/{requestId}/decline", new { note = "Đổi ý" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        var details = await (await vnpt.GetAsync($"/api/v1/incidents/{incident.Id()}")).Content.ReadFromJsonAsync<JsonElement>();
        var kinds = details.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Contains("AidRequest", kinds);
        Assert.Contains("AidResponse", kinds);
        var audit = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == nameof(AidRequest) && a.EntityId == requestId.ToString()).ToListAsync());
        Assert.Equal(2, audit.Count);
        Assert.All(audit, a => Assert.Equal(viettelId, a.OrganizationId));
    }

    [Fact]
    public async Task ADeclineNeedsAReasonAndIsShownOnTheTimeline()
    {
        var vnpt = await app.SignedInAsync("vnpt");
        var viettel = await app.SignedInAsync("viettel");
        var incident = await CreateAsync(vnpt, Body("Đứt cáp cần tổ hàn nối"));
        var asked = await vnpt.PostAsJsonAsync($"/api/v1/incidents/{incident.Id()}/aid-requests", new { organizationId = await OrgAsync(app, "VIETTEL"), kind = "FibreSplicingTeam" });
        var requestId = (await asked.Content.ReadFromJsonAsync<JsonElement>()).Id();
        var url = $"/api/v1/incidents/{incident.Id()}/aid-requests/{requestId}/decline";

        var noReason = await viettel.PostAsJsonAsync(url, new { note = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(["note"], await ErrorFieldsAsync(noReason));
        var declined = await viettel.PostAsJsonAsync(url, new { note = "Tổ hàn đang ứng cứu tuyến khác" });
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        var details = await (await vnpt.GetAsync($"/api/v1/incidents/{incident.Id()}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(details.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("text").GetString()!.Contains("từ chối hỗ trợ") && e.GetProperty("text").GetString()!.Contains("Tổ hàn đang ứng cứu tuyến khác"));
    }

    [Fact]
    public async Task MembersKeepTheirRegistryAndTheDemoHasResourcesForThreeOperators()
    {
        var viettel = await app.SignedInAsync("viettel");
        var created = await viettel.PostAsJsonAsync("/api/v1/resources", new { kind = "MobileBts", name = "Xe BTS số 9", count = 1, location = "Cồn Cỏ" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).Id();
        var updated = await viettel.PutAsJsonAsync($"/api/v1/resources/{id}", new { kind = "MobileBts", name = "Xe BTS số 9", count = 1, location = "Cồn Cỏ", status = "Maintenance" });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("Maintenance", (await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        var coordinator = await app.SignedInAsync("coordinator");
        var all = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/resources");
        var owners = all.EnumerateArray().Select(r => r.GetProperty("organizationName").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "VIETTEL", "VNPT", "MOBIFONE" }, owners);
        var viewer = await app.SignedInAsync("viewer");
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PutAsJsonAsync($"/api/v1/resources/{id}", new { kind = "MobileBts", name = "x" })).StatusCode);
    }
}

public sealed class MutualAidTestsOnSqlite(SqliteAppFactory app) : MutualAidTests(app), IClassFixture<SqliteAppFactory>;
