using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Incidents;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Incidents.IncidentsTestData;

namespace ThongSuot.Tests.Incidents;

/// <summary>Many bad requests at the incident and resource endpoints: each gets a 4xx, never a 500, and no row is written.</summary>
public abstract class IncidentMalformedRequestsTests(AppFactory app)
{
    private static readonly string Huge = new('x', 5000);

    private static readonly string[] BadIncidentBodies =
    [
        "", "{", "[]", "null", "\"text\"", "{\"title\":", "{}",
        "{\"type\":\"CableCut\",\"severity\":2}",
        "{\"type\":\"CableCut\",\"severity\":\"two\",\"title\":\"t\"}",
        "{\"type\":\"CableCut\",\"severity\":0,\"title\":\"t\"}",
        "{\"type\":\"CableCut\",\"severity\":99999999999,\"title\":\"t\"}",
        "{\"type\":\"NoSuchType\",\"severity\":2,\"title\":\"t\"}",
        "{\"type\":\"'; DROP TABLE \\\"Incidents\\\"; --\",\"severity\":2,\"title\":\"t\"}",
        "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"" + Huge + "\"}",
        "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"   \"}",
        "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"latitude\":91,\"longitude\":107}",
        "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"latitude\":16.8}",
        "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"latitude\":48.85,\"longitude\":2.35}",
        "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"latitude\":\"north\",\"longitude\":107}",
        "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"startedAt\":\"yesterday\"}",
        "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"startedAt\":\"2999-01-01T00:00:00Z\"}",
        "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"startedAt\":\"1900-01-01T00:00:00Z\"}",
        "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"services\":[\"Telepathy\"]}",
        "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"services\":\"Voice\"}",
        "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"affectedOrganizationIds\":[\"00000000-0000-0000-0000-000000000001\"]}",
        "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"affectedOrganizationIds\":[\"not-a-guid\"]}",
        "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"areaId\":\"00000000-0000-0000-0000-000000000002\"}",
        "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"keySiteId\":\"00000000-0000-0000-0000-000000000003\"}",
        "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"campaignId\":\"00000000-0000-0000-0000-000000000004\"}",
        "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"subscribersAffected\":-5}",
        "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"subscribersAffected\":1e30}",
        "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"reporterPhone\":\"<script>\"}",
        "{\"type\":\"CableCut\",\"severity\":2,\"title\":\"t\",\"channel\":\"Carrier pigeon\"}",
    ];

    [Fact]
    public async Task BadIncidentReportsGet400AndNothingIsWritten()
    {
        var noc = await app.OperatorSystemAsync();
        var before = await CountsAsync();
        foreach (var body in BadIncidentBodies)
        {
            var response = await noc.PostAsync("/api/v1/incidents", new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} for {body[..Math.Min(body.Length, 120)]}");
        }
        var wrongType = await noc.PostAsync("/api/v1/incidents", new StringContent("type=CableCut", Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        foreach (var key in new[] { "", Huge, "khóa-có-dấu", "a\tb" })
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/incidents") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
            request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
            var response = await noc.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} for key of length {key.Length}");
        }
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task BadWorkflowAidAndResourceRequestsGet4xxAndNothingChanges()
    {
        var viettel = await app.SignedInAsync("viettel");
        var incident = await CreateAsync(viettel);
        var id = incident.Id();
        var before = await CountsAsync();
        (string Url, string Body)[] probes =
        [
            ($"/api/v1/incidents/{id}/status", ""),
            ($"/api/v1/incidents/{id}/status", "{}"),
            ($"/api/v1/incidents/{id}/status", "{\"status\":\"Acknowledged\"}"),
            ($"/api/v1/incidents/{id}/status", "{\"status\":\"Acknowledged\",\"revision\":\"one\"}"),
            ($"/api/v1/incidents/{id}/status", "{\"status\":\"3\",\"revision\":1}"),
            ($"/api/v1/incidents/{id}/status", "{\"status\":\"Closed\",\"revision\":1}"),
            ($"/api/v1/incidents/{id}/status", "{\"status\":\"Acknowledged\",\"revision\":999}"),
            ($"/api/v1/incidents/{id}/status", "{\"status\":\"Acknowledged\",\"revision\":1,\"note\":\"" + Huge + "\"}"),
            ($"/api/v1/incidents/{id}/notes", "{\"text\":\"\"}"),
            ($"/api/v1/incidents/{id}/notes", "{\"text\":\"" + Huge + "\"}"),
            ($"/api/v1/incidents/{id}/notes", "{\"text\":42}"),
            ($"/api/v1/incidents/{Guid.NewGuid()}/notes", "{\"text\":\"ghi chú\"}"),
            ($"/api/v1/incidents/{id}/assign", "{\"organizationIds\":[],\"revision\":1}"),
            ($"/api/v1/incidents/{id}/merge", "{\"intoId\":\"" + Guid.NewGuid() + "\",\"revision\":1}"),
            ($"/api/v1/incidents/{id}/aid-requests", "{}"),
            ($"/api/v1/incidents/{id}/aid-requests", "{\"organizationId\":\"" + Guid.NewGuid() + "\",\"kind\":\"Generator\"}"),
            ($"/api/v1/incidents/{id}/aid-requests", "{\"organizationId\":\"" + await OrgAsync(app, "VNPT") + "\",\"kind\":\"Spaceship\"}"),
            ($"/api/v1/incidents/{id}/aid-requests", "{\"organizationId\":\"" + await OrgAsync(app, "VNPT") + "\",\"kind\":\"Generator\",\"count\":0}"),
            ($"/api/v1/incidents/{id}/aid-requests", "{\"organizationId\":\"" + await OrgAsync(app, "VIETTEL") + "\",\"kind\":\"Generator\"}"),
            ($"/api/v1/incidents/{id}/aid-requests/{Guid.NewGuid()}/accept", "{}"),
            ("/api/v1/resources", "{}"),
            ("/api/v1/resources", "{\"kind\":\"Generator\",\"name\":\"\"}"),
            ("/api/v1/resources", "{\"kind\":\"Generator\",\"name\":\"" + Huge + "\"}"),
            ("/api/v1/resources", "{\"kind\":\"Generator\",\"name\":\"máy\",\"count\":-1}"),
            ("/api/v1/resources", "{\"kind\":\"Generator\",\"name\":\"máy\",\"status\":\"Lost\"}"),
            ("/api/v1/resources", "{\"kind\":\"Generator\",\"name\":\"máy\",\"organizationId\":\"" + Guid.NewGuid() + "\"}"),
            ("/api/v1/incidents/types", "{\"code\":\"X\",\"name\":\"Members cannot\"}"),
        ];
        foreach (var (url, body) in probes)
        {
            var response = await viettel.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));
            var status = (int)response.StatusCode;
            Assert.True(status is >= 400 and < 500, $"{status} for {url} {body[..Math.Min(body.Length, 100)]}");
        }
        foreach (var query in new[] { "?status=Exploded", "?severity=9", "?severity=abc", "?organizationId=xyz", "?page=0", "?pageSize=100000", "?page=abc", "?search=" + Huge[..300] })
            Assert.Equal(HttpStatusCode.BadRequest, (await viettel.GetAsync("/api/v1/incidents" + query)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await viettel.GetAsync("/api/v1/resources?kind=Boat")).StatusCode);
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(incident.Revision(), (await FindAsync(app, id))!.Revision);
    }

    [Fact]
    public async Task BadCatalogEditsAreRefusedAndTheSeededCatalogStays()
    {
        var coordinator = await app.SignedInAsync("coordinator");
        foreach (var (url, body) in new[]
        {
            ("/api/v1/incidents/severities/1", "{\"name\":\"\",\"meaning\":\"m\",\"acknowledgeMinutes\":5,\"restoreMinutes\":60}"),
            ("/api/v1/incidents/severities/1", "{\"name\":\"n\",\"meaning\":\"m\",\"acknowledgeMinutes\":0,\"restoreMinutes\":60}"),
            ("/api/v1/incidents/severities/1", "{\"name\":\"n\",\"meaning\":\"m\",\"acknowledgeMinutes\":90,\"restoreMinutes\":60}"),
            ("/api/v1/incidents/severities/9", "{\"name\":\"n\",\"meaning\":\"m\",\"acknowledgeMinutes\":5,\"restoreMinutes\":60}"),
            ("/api/v1/incidents/types/NoSuchType", "{\"name\":\"x\"}"),
            ("/api/v1/incidents/types/CableCut", "{\"name\":\"\"}"),
        })
        {
            var response = await coordinator.PutAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.True((int)response.StatusCode is >= 400 and < 500, $"{(int)response.StatusCode} for {url} {body}");
        }
        var bad = await coordinator.PostAsync("/api/v1/incidents/types", new StringContent("{\"code\":\"có dấu\",\"name\":\"x\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var severity = await app.WithDbAsync(db => db.Set<IncidentSeverity>().AsNoTracking().FirstAsync(s => s.Level == 1));
        Assert.Equal(5, severity.AcknowledgeMinutes);
        Assert.Equal(23, await app.WithDbAsync(db => db.Set<IncidentType>().CountAsync()));
    }

    private Task<(int, int, int, int, int, int)> CountsAsync() => app.WithDbAsync(async db => (
        await db.Set<Incident>().CountAsync(), await db.Set<IncidentEntry>().CountAsync(), await db.Set<IncidentIdempotencyKey>().CountAsync(),
        await db.Set<AidRequest>().CountAsync(), await db.Set<AidResource>().CountAsync(), await db.Set<IncidentOrganization>().CountAsync()));
}

public sealed class IncidentMalformedRequestsTestsOnSqlite(SqliteAppFactory app) : IncidentMalformedRequestsTests(app), IClassFixture<SqliteAppFactory>;

public sealed class IncidentMalformedRequestsTestsOnPostgres(PostgresAppFactory app) : IncidentMalformedRequestsTests(app), IClassFixture<PostgresAppFactory>;
