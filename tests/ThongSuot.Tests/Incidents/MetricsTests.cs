using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ThongSuot.Features.Areas;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Incidents;
using ThongSuot.Features.Organizations;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Incidents;

/// <summary>The app with its clock standing at T0 + 600 minutes, so open incidents' breaches are fixed.</summary>
public abstract class MetricsAppFactory(DbProvider provider) : AppFactory(provider)
{
    public static readonly DateTime T0 = new(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc);

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(T0.AddMinutes(600))));
}

public sealed class SqliteMetricsAppFactory() : MetricsAppFactory(DbProvider.Sqlite);

public sealed class PostgresMetricsAppFactory() : MetricsAppFactory(DbProvider.Postgres);

/// <summary>
/// A hand-made campaign: A (cable cut, sev 1, VIETTEL, area) 4/100 min; B (cable cut, sev 2, VNPT + VIETTEL affected, area)
/// 30/300 min, both late; C (power loss, sev 2, reported by the department, MOBIFONE assigned, no area) acknowledged in 10,
/// still open and past 240; D (power loss, sev 4, VIETTEL, area) unacknowledged for 100 min (past 60). A cancelled incident
/// and one of another campaign must not count.
/// </summary>
public abstract class MetricsTests(AppFactory app)
{
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static readonly Dictionary<AppFactory, (Guid Campaign, string AreaName)> Seeded = [];

    private async Task<(Guid Campaign, string AreaName)> SeedAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (Seeded.TryGetValue(app, out var done)) return done;
            var result = await app.WithDbAsync(async db =>
            {
                var orgs = await db.Set<Organization>().Where(o => new[] { "VIETTEL", "VNPT", "MOBIFONE", "SKHCN" }.Contains(o.ShortName)).ToDictionaryAsync(o => o.ShortName, o => o.Id);
                var area = await db.Set<Area>().OrderBy(a => a.Code).FirstAsync();
                var owner = orgs["SKHCN"];
                var campaign = new Campaign { Name = "Chiến dịch đo chỉ số", Year = 2090, OrganizationId = owner, UniqueKey = "metrics-test-2090" };
                var other = new Campaign { Name = "Chiến dịch khác", Year = 2091, OrganizationId = owner, UniqueKey = "metrics-test-2091" };
                db.AddRange(campaign, other);
                var seq = 0;
                Incident Make(Guid? campaignId, string type, int severity, string org, Guid? areaId, int created, int started, int? ack, int? restored,
                    IncidentStatus status = IncidentStatus.Responding)
                {
                    seq++;
                    var t0 = MetricsAppFactory.T0;
                    var i = new Incident
                    {
                        Number = Incident.NumberOf(2090, seq), Year = 2090, Sequence = seq, OrganizationId = orgs[org], TypeCode = type, Severity = severity,
                        Title = $"Sự cố đo chỉ số {seq}", CampaignId = campaignId, AreaId = areaId, Status = status,
                        CreatedAt = t0.AddMinutes(created), StartedAt = t0.AddMinutes(started), UpdatedAt = t0,
                        AcknowledgedAt = ack is null ? null : t0.AddMinutes(ack.Value), RestoredAt = restored is null ? null : t0.AddMinutes(restored.Value),
                    };
                    db.Add(i);
                    return i;
                }
                Make(campaign.Id, "CableCut", 1, "VIETTEL", area.Id, 2, 0, 6, 100, IncidentStatus.Restored);
                var b = Make(campaign.Id, "CableCut", 2, "VNPT", area.Id, 10, 0, 40, 300, IncidentStatus.Closed);
                b.Organizations.Add(new IncidentOrganization { IncidentId = b.Id, OrganizationId = orgs["VIETTEL"], Role = IncidentInvolvement.Affected });
                var c = Make(campaign.Id, "PowerLoss", 2, "SKHCN", null, 60, 30, 70, null);
                c.Organizations.Add(new IncidentOrganization { IncidentId = c.Id, OrganizationId = orgs["MOBIFONE"], Role = IncidentInvolvement.Assigned });
                Make(campaign.Id, "PowerLoss", 4, "VIETTEL", area.Id, 500, 500, null, null, IncidentStatus.Reported);
                Make(campaign.Id, "CableCut", 1, "VIETTEL", area.Id, 0, 0, 500, 590, IncidentStatus.Cancelled);
                Make(other.Id, "CableCut", 1, "VIETTEL", area.Id, 0, 0, 500, 590, IncidentStatus.Restored);
                await db.SaveChangesAsync();
                return (campaign.Id, area.Name);
            });
            Seeded[app] = result;
            return result;
        }
        finally { Once.Release(); }
    }

    private static Dictionary<string, JsonElement> Groups(JsonElement report) =>
        report.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("name").GetString()!);

    private static (int Count, double? Mean, double? Median, double? P90) Stats(JsonElement group, string which)
    {
        var s = group.GetProperty(which);
        double? D(string p) => s.GetProperty(p).ValueKind == JsonValueKind.Null ? null : s.GetProperty(p).GetDouble();
        return (s.GetProperty("count").GetInt32(), D("mean"), D("median"), D("p90"));
    }

    private static (int Incidents, int Open, int AckBreaches, int RestoreBreaches) Counts(JsonElement g) =>
        (g.GetProperty("incidents").GetInt32(), g.GetProperty("open").GetInt32(), g.GetProperty("acknowledgeBreaches").GetInt32(), g.GetProperty("restoreBreaches").GetInt32());

    private async Task<JsonElement> ReportAsync(HttpClient client, Guid campaign, string by)
    {
        var response = await client.GetAsync($"/api/v1/incidents/metrics?campaignId={campaign}&by={by}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task ByTypeGivesCountMeanMedianP90AndBreachesWithOpenIncidentsCountedButNotAveraged()
    {
        var (campaign, _) = await SeedAsync();
        var report = await ReportAsync(await app.SignedInAsync("leader"), campaign, "type");
        Assert.False(report.GetProperty("ownIncidentsOnly").GetBoolean());
        var groups = Groups(report);
        Assert.Equal(2, groups.Count);
        Assert.Equal((2, 17.0, 17.0, 27.4), Stats(groups["Đứt cáp"], "mtta"));
        Assert.Equal((2, 200.0, 200.0, 280.0), Stats(groups["Đứt cáp"], "mttr"));
        Assert.Equal((2, 0, 1, 1), Counts(groups["Đứt cáp"]));
        Assert.Equal((1, 10.0, 10.0, 10.0), Stats(groups["Mất điện"], "mtta"));
        Assert.Equal((0, null, null, null), Stats(groups["Mất điện"], "mttr"));
        Assert.Equal((2, 2, 1, 1), Counts(groups["Mất điện"]));
        Assert.Equal((4, 2, 2, 2), Counts(report.GetProperty("total")));
    }

    [Fact]
    public async Task BySeverityOperatorAndAreaAnIncidentCountsForEachOfItsOperators()
    {
        var (campaign, areaName) = await SeedAsync();
        var client = await app.SignedInAsync("coordinator");

        var severity = Groups(await ReportAsync(client, campaign, "severity"));
        Assert.Equal(["1 – Đặc biệt nghiêm trọng", "2 – Nghiêm trọng", "4 – Thấp"], severity.Keys.ToArray());
        Assert.Equal((2, 20.0, 20.0, 28.0), Stats(severity["2 – Nghiêm trọng"], "mtta"));
        Assert.Equal((2, 1, 1, 2), Counts(severity["2 – Nghiêm trọng"]));
        Assert.Equal((1, 1, 1, 0), Counts(severity["4 – Thấp"]));

        var operators = Groups(await ReportAsync(client, campaign, "operator"));
        Assert.Equal(3, operators.Count);
        Assert.Equal((3, 1, 2, 1), Counts(operators["VIETTEL"]));
        Assert.Equal((1, 0, 1, 1), Counts(operators["VNPT"]));
        Assert.Equal((1, 1, 0, 1), Counts(operators["MOBIFONE"]));
        Assert.Equal((2, 17.0, 17.0, 27.4), Stats(operators["VIETTEL"], "mtta"));

        var areas = Groups(await ReportAsync(client, campaign, "area"));
        Assert.Equal((3, 1, 2, 1), Counts(areas[areaName]));
        Assert.Equal((1, 1, 0, 1), Counts(areas["Chưa xác định địa bàn"]));
    }

    [Fact]
    public async Task AMemberGetsTheFiguresOfItsOwnIncidentsOnly()
    {
        var (campaign, _) = await SeedAsync();
        var report = await ReportAsync(await app.SignedInAsync("vnpt"), campaign, "type");
        Assert.True(report.GetProperty("ownIncidentsOnly").GetBoolean());
        Assert.Equal((1, 0, 1, 1), Counts(report.GetProperty("total")));
        var html = await (await app.SignedInAsync("vnpt")).GetStringAsync($"/Incidents/Metrics?campaignId={campaign}");
        Assert.Contains("Số liệu chỉ gồm các sự cố do đơn vị bạn báo hoặc có liên quan.", html);
    }

    [Fact]
    public async Task TheCsvHasOneRowPerGroupAndATotalWithMinutesAsNumbers()
    {
        var (campaign, _) = await SeedAsync();
        var response = await (await app.SignedInAsync("viewer")).GetAsync($"/api/v1/incidents/metrics.csv?campaignId={campaign}&by=type");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("Nhóm,Mã nhóm,Số sự cố", lines[0]);
        Assert.Contains("Đứt cáp,CableCut,2,0,0,2,17.0,17.0,27.4,2,200.0,200.0,280.0,1,1,0", lines);
        Assert.Contains("Tất cả,all,4,1,2,3,14.7,10.0,26.0,2,200.0,200.0,280.0,2,2,0", lines);
    }

    [Fact]
    public async Task ThePageDrawsBothChartsAndATableWithRowHeaders()
    {
        var (campaign, _) = await SeedAsync();
        var client = await app.SignedInAsync("viewer");
        var response = await client.GetAsync($"/Incidents/Metrics?campaignId={campaign}&by=operator");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"chart-mtta\"", html);
        Assert.Contains("data-testid=\"chart-mttr\"", html);
        Assert.Contains("<th scope=\"row\">VIETTEL</th>", html);
        // Each chart draws one bar per operator, labelled with its name and the mean the API gives, not just some SVG text.
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var groups = Groups(await ReportAsync(client, campaign, "operator"));
        foreach (var (chart, which) in new[] { ("chart-mtta", "mtta"), ("chart-mttr", "mttr") })
        {
            var bars = document.QuerySelectorAll($"svg[data-testid={chart}] g")
                .Select(g => g.QuerySelectorAll("text").Select(t => t.TextContent.Trim()).ToArray())
                .ToDictionary(t => t[0], t => t[1]);
            Assert.Equal(groups.Keys.Order(), bars.Keys.Order());
            foreach (var (name, group) in groups)
                Assert.Equal(Stats(group, which).Mean?.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) ?? "–", bars[name]);
        }
        Assert.Contains($"/api/v1/incidents/metrics.csv?campaignId={campaign}&amp;by=operator", html);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Incidents/Metrics")).StatusCode);
        Assert.Contains("/Incidents/Metrics", await client.GetStringAsync("/Incidents"));
        var campaignPage = await client.GetStringAsync($"/Campaigns/Details/{campaign}");
        Assert.Contains($"/Incidents/Metrics?campaignId={campaign}", campaignPage);
    }

    [Fact]
    public async Task BadQueriesAreFieldErrorsAndAnUnknownCampaignIsNotFound()
    {
        await SeedAsync();
        var client = await app.SignedInAsync("leader");
        var bad = await client.GetAsync("/api/v1/incidents/metrics?campaignId=abc&by=colour");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["by", "campaignId"], (await IncidentsTestData.ErrorFieldsAsync(bad)).Order().ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/incidents/metrics?by=1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/incidents/metrics?campaignId={Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Incidents/Metrics?campaignId={Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Incidents/Metrics?by=<script>")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/incidents/metrics")).StatusCode);
    }
}

public sealed class MetricsTestsOnSqlite(SqliteMetricsAppFactory app) : MetricsTests(app), IClassFixture<SqliteMetricsAppFactory>;

public sealed class MetricsTestsOnPostgres(PostgresMetricsAppFactory app) : MetricsTests(app), IClassFixture<PostgresMetricsAppFactory>;
