using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Audit;
using ThongSuot.Features.Incidents;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Incidents.IncidentsTestData;

namespace ThongSuot.Tests.Incidents;

public abstract class IncidentIntakeTests(AppFactory app)
{
    private static HttpRequestMessage Post(string json, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/incidents") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    [Fact]
    public async Task TheSameRequestSentThreeTimesWithOneIdempotencyKeyCreatesOneIncident()
    {
        var noc = await app.OperatorSystemAsync();
        var json = JsonSerializer.Serialize(Body("Mất sóng trạm BTS thử nghiệm idempotency"));
        var before = await CountAsync<Incident>(app);

        var first = await noc.SendAsync(Post(json, "noc-42"));
        var second = await noc.SendAsync(Post(json, "noc-42"));
        var third = await noc.SendAsync(Post(json, "noc-42"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal("true", second.Headers.GetValues("Idempotency-Replayed").Single());
        var ids = new[] { first, second, third }.Select(r => r.Content.ReadFromJsonAsync<JsonElement>().Result.Id()).Distinct().ToList();
        Assert.Single(ids);
        Assert.Equal(first.Headers.Location, third.Headers.Location);
        Assert.Equal(before + 1, await CountAsync<Incident>(app));
        var stored = await FindAsync(app, ids[0]);
        Assert.Equal(IncidentChannel.Api, stored!.Channel);
    }

    [Fact]
    public async Task TheAnswerToAReportIsTheIncidentAsReadBackLater()
    {
        var noc = await app.OperatorSystemAsync();
        var (area, site, campaign) = await app.WithDbAsync(async db => (
            await db.Set<ThongSuot.Features.Areas.Area>().Select(a => a.Id).FirstAsync(),
            await db.Set<ThongSuot.Features.KeySites.KeySite>().Select(k => k.Id).FirstAsync(),
            await db.Set<ThongSuot.Features.Campaigns.Campaign>().Select(c => c.Id).FirstAsync()));
        var body = new
        {
            type = "VoiceOutage", severity = 1, title = "Mất thoại diện rộng thử đọc lại", description = "Mô tả <b>thử</b>",
            reporterName = "Trực NOC Thử", reporterPhone = "0900 000 123", services = new[] { "Voice", "MobileData" },
            affectedOrganizationIds = new[] { await OrgAsync(app, "MOBIFONE"), await OrgAsync(app, "VNPT") },
            areaId = area, keySiteId = site, campaignId = campaign, latitude = 16.81, longitude = 107.1,
            startedAt = "20/11/2026 08:15", subscribersAffected = 4200,
        };

        var created = await noc.PostAsJsonAsync("/api/v1/incidents", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var answer = await created.Content.ReadAsStringAsync();
        var read = await noc.GetStringAsync(created.Headers.Location);

        Assert.Equal(read, answer);
        var json = JsonDocument.Parse(answer).RootElement;
        Assert.Equal(2, json.GetProperty("organizations").GetArrayLength());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("keySiteName").GetString()));
        Assert.False(string.IsNullOrEmpty(json.GetProperty("severityName").GetString()));
    }

    [Fact]
    public async Task TheSameKeyWithAnotherBodyIs422AndCreatesNothing()
    {
        var noc = await app.OperatorSystemAsync();
        Assert.Equal(HttpStatusCode.Created, (await noc.SendAsync(Post(JsonSerializer.Serialize(Body("Sự cố A")), "key-reuse"))).StatusCode);
        var before = await CountAsync<Incident>(app);

        var response = await noc.SendAsync(Post(JsonSerializer.Serialize(Body("Sự cố B khác hẳn")), "key-reuse"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Idempotency-Key", await TitleAsync(response));
        Assert.Equal(before, await CountAsync<Incident>(app));
    }

    [Fact]
    public async Task KeysBelongToTheirClientSoTwoSystemsMayUseTheSameKey()
    {
        var viettel = await app.OperatorSystemAsync("VIETTEL");
        var vnpt = await app.OperatorSystemAsync("VNPT");
        var json = JsonSerializer.Serialize(Body("Cùng khóa, hai hệ thống"));
        var a = await viettel.SendAsync(Post(json, "shared-1"));
        var b = await vnpt.SendAsync(Post(json, "shared-1"));
        Assert.Equal(HttpStatusCode.Created, a.StatusCode);
        Assert.Equal(HttpStatusCode.Created, b.StatusCode);
        Assert.NotEqual((await a.Content.ReadFromJsonAsync<JsonElement>()).Id(), (await b.Content.ReadFromJsonAsync<JsonElement>()).Id());
    }

    [Fact]
    public async Task ConcurrentRetriesWithOneKeyCreateOneIncident()
    {
        var noc = await app.OperatorSystemAsync();
        var json = JsonSerializer.Serialize(Body("Thử gửi lại đồng thời"));
        var before = await CountAsync<Incident>(app);

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => noc.SendAsync(Post(json, "burst-7"))));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, r.StatusCode.ToString()));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        var ids = new HashSet<Guid>();
        foreach (var r in responses) ids.Add((await r.Content.ReadFromJsonAsync<JsonElement>()).Id());
        Assert.Single(ids);
        Assert.Equal(before + 1, await CountAsync<Incident>(app));
    }

    [Fact]
    public async Task ConcurrentReportsGetDistinctConsecutiveNumbersOfTheVietnameseYear()
    {
        var noc = await app.OperatorSystemAsync();
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => noc.PostAsJsonAsync("/api/v1/incidents", Body($"Báo đồng thời {i}"))));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var numbers = new List<string>();
        foreach (var r in responses) numbers.Add((await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()!);

        var year = ThongSuot.Shared.TimeDisplay.VietnamDay(DateTime.UtcNow).Year;
        Assert.All(numbers, n => Assert.Matches($"^SC-{year}-\\d{{4}}$", n));
        Assert.Equal(8, numbers.Distinct().Count());
        var sequences = numbers.Select(n => int.Parse(n[^4..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(sequences[0], 8), sequences);
    }

    [Fact]
    public async Task AReportKeepsEveryFieldWritesTheTimelineAndTheAuditTrail()
    {
        var noc = await app.OperatorSystemAsync();
        var vnpt = await OrgAsync(app, "VNPT");
        var created = await CreateAsync(noc, new
        {
            type = "BtsSabotage", severity = 1, title = "Phá hoại trạm BTS <script>alert(1)</script>", channel = "Automatic",
            services = new[] { "Voice", "MobileData", "voice" }, affectedOrganizationIds = new[] { vnpt },
            latitude = 16.75, longitude = 107.2, startedAt = "06/11/2026 23:40", subscribersAffected = 5000,
        });
        var id = created.Id();
        Assert.Equal("Reported", created.GetProperty("status").GetString());
        Assert.Equal("Automatic", created.GetProperty("channel").GetString());
        Assert.Equal("2026-11-06T16:40:00Z", created.GetProperty("startedAt").GetString());
        Assert.Equal(["Voice", "MobileData"], created.GetProperty("services").EnumerateArray().Select(s => s.GetString() ?? "").ToArray());
        Assert.Equal("Viettel Quảng Trị", created.GetProperty("organizationName").GetString());
        Assert.Equal("Reported", created.GetProperty("timeline")[0].GetProperty("kind").GetString());

        var audit = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityId == id.ToString()).ToListAsync());
        var row = Assert.Single(audit, a => a.EntityType == nameof(Incident));
        Assert.Equal(AuditAction.Create, row.Action);
        Assert.StartsWith("api-key:", row.UserName);
        Assert.NotNull(row.ApiKeyId);
        Assert.Equal(created.GetProperty("organizationId").GetGuid(), row.OrganizationId);
        // The affected operator sees it now.
        var vnptUser = await app.SignedInAsync("vnpt");
        Assert.Equal(HttpStatusCode.OK, (await vnptUser.GetAsync($"/api/v1/incidents/{id}")).StatusCode);
    }

    [Fact]
    public async Task AViewerCannotReportAndNothingIsWritten()
    {
        var viewer = await app.SignedInAsync("viewer");
        var before = await CountAsync<Incident>(app);
        var response = await viewer.PostAsJsonAsync("/api/v1/incidents", Body());
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await CountAsync<Incident>(app));
    }
}

public sealed class IncidentIntakeTestsOnSqlite(SqliteAppFactory app) : IncidentIntakeTests(app), IClassFixture<SqliteAppFactory>;

public sealed class IncidentIntakeTestsOnPostgres(PostgresAppFactory app) : IncidentIntakeTests(app), IClassFixture<PostgresAppFactory>;
