using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Incidents;
using ThongSuot.Features.Organizations;
using ThongSuot.Tests.Api;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Incidents;

/// <summary>
/// MTTR counts the outage from its start to when the service came back, not to the status change. A campaign of the
/// seeded types (all times in minutes after T): two cable thefts, one back at 120 though marked restored at 200 (1 000
/// subscribers) and one with no service time, so its restore at 100 counts (500 subscribers); a BTS sabotage back at 60,
/// marked at 90 (2 000 subscribers); spam back at 30, closed at 45, no subscriber count; contraband still open.
/// </summary>
public abstract class ServiceTimeMetricsTests(AppFactory app)
{
    private static readonly DateTime T = new(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc);

    private Task<Guid> SeedAsync() => app.OnceAsync("service-time-metrics", () => app.WithDbAsync(async db =>
    {
        var owner = await db.Set<Organization>().Where(o => o.ShortName == "SKHCN").Select(o => o.Id).FirstAsync();
        var viettel = await db.Set<Organization>().Where(o => o.ShortName == "VIETTEL").Select(o => o.Id).FirstAsync();
        var campaign = new Campaign { Name = "Chiến dịch thời gian dịch vụ", Year = 2093, OrganizationId = owner, UniqueKey = "service-time-2093" };
        db.Add(campaign);
        var seq = 0;
        void Make(string type, IncidentStatus status, int? service, int? restored, int? closed, int? subscribers)
        {
            seq++;
            db.Add(new Incident
            {
                Number = Incident.NumberOf(2093, seq), Year = 2093, Sequence = seq, OrganizationId = viettel, TypeCode = type, Severity = 2,
                Title = $"Sự cố thời gian dịch vụ {seq}", CampaignId = campaign.Id, Status = status, CreatedAt = T.AddMinutes(5), StartedAt = T,
                UpdatedAt = T, AcknowledgedAt = T.AddMinutes(10), SubscribersAffected = subscribers,
                ServiceRestoredAt = service is null ? null : T.AddMinutes(service.Value), RestoredAt = restored is null ? null : T.AddMinutes(restored.Value),
                ClosedAt = closed is null ? null : T.AddMinutes(closed.Value),
            });
        }
        Make("CableTheft", IncidentStatus.Restored, 120, 200, null, 1000);
        Make("CableTheft", IncidentStatus.Closed, null, 100, 150, 500);
        Make("BtsSabotage", IncidentStatus.Restored, 60, 90, null, 2000);
        Make("Spam", IncidentStatus.Closed, 30, 45, 50, null);
        Make("PostalContraband", IncidentStatus.Responding, null, null, null, 300);
        await db.SaveChangesAsync();
        return campaign.Id;
    }));

    private static (int Count, double? Mean, double? Median, double? P90) Mttr(JsonElement group)
    {
        var s = group.GetProperty("mttr");
        double? D(string p) => s.GetProperty(p).ValueKind == JsonValueKind.Null ? null : s.GetProperty(p).GetDouble();
        return (s.GetProperty("count").GetInt32(), D("mean"), D("median"), D("p90"));
    }

    [Fact]
    public async Task MttrAndOutageSizePerTypeCountTheServiceTimeAndFallBackToTheRestore()
    {
        var campaign = await SeedAsync();
        var response = await (await app.SignedInAsync("leader")).GetAsync($"/api/v1/incidents/metrics?campaignId={campaign}&by=type");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        var groups = report.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("key").GetString()!);

        Assert.Equal(["BtsSabotage", "CableTheft", "PostalContraband", "Spam"], groups.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal((2, 110.0, 110.0, 118.0), Mttr(groups["CableTheft"]));
        Assert.Equal((1, 60.0, 60.0, 60.0), Mttr(groups["BtsSabotage"]));
        Assert.Equal((1, 30.0, 30.0, 30.0), Mttr(groups["Spam"]));
        Assert.Equal((0, null, null, null), Mttr(groups["PostalContraband"]));
        Assert.Equal((4, 77.5, 80.0, 114.0), Mttr(report.GetProperty("total")));
        Assert.Equal(170_000, groups["CableTheft"].GetProperty("outageSize").GetInt64());
        Assert.Equal(120_000, groups["BtsSabotage"].GetProperty("outageSize").GetInt64());
        Assert.Equal(0, groups["Spam"].GetProperty("outageSize").GetInt64());
        Assert.Equal(0, groups["PostalContraband"].GetProperty("outageSize").GetInt64());
        Assert.Equal(290_000, report.GetProperty("total").GetProperty("outageSize").GetInt64());
        Assert.Equal(1, groups["PostalContraband"].GetProperty("open").GetInt32());
    }

    [Fact]
    public async Task TheCsvEndsEachRowWithItsOutageSize()
    {
        var campaign = await SeedAsync();
        var text = await (await app.SignedInAsync("leader")).GetStringAsync($"/api/v1/incidents/metrics.csv?campaignId={campaign}&by=type");
        var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",Quy mô gián đoạn (thuê bao × phút)", lines[0]);
        Assert.Contains("Trộm cắp cáp,CableTheft,2,0,0,2,5.0,5.0,5.0,2,110.0,110.0,118.0,0,0,170000", lines);
        Assert.Contains("Tất cả,all,5,0,1,5,5.0,5.0,5.0,4,77.5,80.0,114.0,0,1,290000", lines);
    }

    [Fact]
    public async Task TheMetricsPageShowsEachTypeWithItsOutageSize()
    {
        var campaign = await SeedAsync();
        var html = await (await app.SignedInAsync("leader")).GetStringAsync($"/Incidents/Metrics?campaignId={campaign}&by=type");
        var rows = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelectorAll("[data-testid=metrics-table] tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelector("[data-testid=outage-size]")!.TextContent);
        Assert.Equal(new Dictionary<string, string>
        {
            ["Trộm cắp cáp"] = "170.000", ["Phá hoại trạm BTS"] = "120.000", ["Tin nhắn, cuộc gọi, thư rác"] = "0",
            ["Hàng cấm gửi qua bưu chính"] = "0", ["Tất cả"] = "290.000",
        }, rows);
    }
}

public sealed class ServiceTimeMetricsTestsOnSqlite(SqliteAppFactory app) : ServiceTimeMetricsTests(app), IClassFixture<SqliteAppFactory>;

public sealed class ServiceTimeMetricsTestsOnPostgres(PostgresAppFactory app) : ServiceTimeMetricsTests(app), IClassFixture<PostgresAppFactory>;
