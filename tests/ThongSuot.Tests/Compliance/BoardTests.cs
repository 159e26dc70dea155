using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Areas;
using ThongSuot.Features.Compliance;
using ThongSuot.Features.Organizations;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Compliance.BoardTestKit;

namespace ThongSuot.Tests.Compliance;

public abstract class BoardTests(AppFactory app)
{
    private static readonly DateOnly Due = new(2027, 1, 20);

    [Fact]
    public async Task StatesAndPercentagesFollowTheVietnameseDayAndOverdueStartsTheDayAfterTheDueDate()
    {
        var orgs = await OrgsAsync(app);
        var letter = await LetterAsync(app, Due);
        await AssignAsync(app, letter, 0, orgs["VIETTEL"], AssignmentStatus.Pending);
        await AssignAsync(app, letter, 0, orgs["VNPT"], AssignmentStatus.Acknowledged);
        await AssignAsync(app, letter, 0, orgs["MOBIFONE"], AssignmentStatus.Submitted);
        await AssignAsync(app, letter, 0, orgs["FPT"], AssignmentStatus.Accepted);
        await AssignAsync(app, letter, 0, orgs["VTPOST"], AssignmentStatus.Returned);

        // 23:59 on the due day in Vietnam (16:59 UTC): nothing is overdue yet. (Sign in after moving the clock: the cookie expires by it.)
        Clock(app).AdjustTime(new DateTimeOffset(2027, 1, 20, 16, 59, 0, TimeSpan.Zero));
        var coordinator = await app.SignedInAsync("coordinator");
        var board = await GetJsonAsync(coordinator, $"/api/v1/compliance/board?directiveId={letter.DirectiveId}");
        var states = States(board);
        Assert.Equal(["NotAcknowledged"], states["VIETTEL"]);
        Assert.Equal(["Acknowledged"], states["VNPT"]);
        Assert.Equal(["Reported"], states["MOBIFONE"]);
        Assert.Equal(["Accepted"], states["FPT"]);
        Assert.Equal(["Returned"], states["VTPOST"]);
        var overall = board.GetProperty("overall");
        Assert.Equal(5, overall.GetProperty("assigned").GetInt32());
        Assert.Equal(4, overall.GetProperty("acknowledged").GetInt32());
        Assert.Equal(80m, overall.GetProperty("acknowledgedPercent").GetDecimal());
        Assert.Equal(40m, overall.GetProperty("reportedPercent").GetDecimal());
        Assert.Equal(20m, overall.GetProperty("acceptedPercent").GetDecimal());
        Assert.Equal(0, overall.GetProperty("overdue").GetInt32());
        Assert.Equal("2027-01-20", board.GetProperty("today").GetString());

        // Midnight in Vietnam (17:00 UTC): whoever still owes the report is overdue; reported and accepted are not.
        Clock(app).AdjustTime(new DateTimeOffset(2027, 1, 20, 17, 0, 0, TimeSpan.Zero));
        coordinator = await app.SignedInAsync("coordinator");
        board = await GetJsonAsync(coordinator, $"/api/v1/compliance/board?directiveId={letter.DirectiveId}");
        states = States(board);
        Assert.Equal(["Overdue"], states["VIETTEL"]);
        Assert.Equal(["Overdue"], states["VNPT"]);
        Assert.Equal(["Reported"], states["MOBIFONE"]);
        Assert.Equal(["Accepted"], states["FPT"]);
        Assert.Equal(["Overdue"], states["VTPOST"]);
        Assert.Equal(3, board.GetProperty("overall").GetProperty("overdue").GetInt32());
        var rate = board.GetProperty("taskRates")[0];
        Assert.Equal(3, rate.GetProperty("overdue").GetInt32());
        Assert.Equal(80m, rate.GetProperty("acknowledgedPercent").GetDecimal());
    }

    [Fact]
    public async Task SumsCountEachOrganisationsLatestReportThatWasNotReturnedOnce()
    {
        var orgs = await OrgsAsync(app);
        var (wardA, wardB) = await app.WithDbAsync(async db =>
        {
            var wards = await db.Set<Area>().Where(a => a.Kind == AreaKind.Ward).OrderBy(a => a.Code).Select(a => a.Id).Take(2).ToListAsync();
            return (wards[0], wards[1]);
        });
        var form = ReadinessFormCatalog.OperatorId;
        var letter = await LetterAsync(app, Due, Due.AddDays(5));
        var t0 = new DateTime(2027, 1, 15, 2, 0, 0, DateTimeKind.Utc);
        string Values(int bts, int generators, params (Guid Area, int Subscribers)[] areas) =>
            JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["mobile_bts_ready"] = bts, ["generators"] = generators, ["duty_phone"] = "0233 3900 000",
                ["subscribers_by_area"] = areas.ToDictionary(a => a.Area.ToString(), a => a.Subscribers),
            });

        // Viettel answers two tasks with the same form: only its latest report counts.
        var v1 = await AssignAsync(app, letter, 0, orgs["VIETTEL"], AssignmentStatus.Accepted, form);
        var v2 = await AssignAsync(app, letter, 1, orgs["VIETTEL"], AssignmentStatus.Submitted, form);
        await ReportAsync(app, v1, 1, t0, ReportReview.Accepted, Values(3, 10, (wardA, 900)));
        await ReportAsync(app, v2, 1, t0.AddDays(1), ReportReview.Pending, Values(5, 12, (wardA, 1000), (wardB, 500)));
        // VNPT's first version was returned; its second, waiting for review, counts.
        var n1 = await AssignAsync(app, letter, 0, orgs["VNPT"], AssignmentStatus.Submitted, form);
        await ReportAsync(app, n1, 1, t0, ReportReview.Returned, Values(100, 100, (wardA, 99999)));
        await ReportAsync(app, n1, 2, t0.AddHours(5), ReportReview.Pending, Values(2, 4, (wardA, 200)));
        // MobiFone's only report was returned: nothing of it counts.
        var m1 = await AssignAsync(app, letter, 0, orgs["MOBIFONE"], AssignmentStatus.Returned, form);
        await ReportAsync(app, m1, 1, t0, ReportReview.Returned, Values(50, 50, (wardB, 5000)));

        var board = await GetJsonAsync(await app.SignedInAsync("leader"), $"/api/v1/compliance/board?campaignId={letter.CampaignId}");
        var sums = board.GetProperty("sums").EnumerateArray().ToDictionary(s => s.GetProperty("key").GetString()!);
        Assert.Equal(7m, sums["mobile_bts_ready"].GetProperty("total").GetDecimal());
        Assert.Equal(2, sums["mobile_bts_ready"].GetProperty("reports").GetInt32());
        Assert.Equal("trạm", sums["mobile_bts_ready"].GetProperty("unit").GetString());
        Assert.Equal(16m, sums["generators"].GetProperty("total").GetDecimal());
        Assert.False(sums.ContainsKey("duty_phone"));
        var subscribers = sums["subscribers_by_area"];
        Assert.Equal(1700m, subscribers.GetProperty("total").GetDecimal());
        var parts = subscribers.GetProperty("breakdown").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetGuid(), p => p.GetProperty("value").GetDecimal());
        Assert.Equal(1200m, parts[wardA]);
        Assert.Equal(500m, parts[wardB]);
        Assert.Equal(2, board.GetProperty("tasks").GetArrayLength());
        // Board page shows the sums with their unit.
        var html = await (await app.SignedInAsync("coordinator")).GetStringAsync($"/Compliance/Board?campaignId={letter.CampaignId}");
        Assert.Contains("data-testid=\"sum-total\">7<", html);
    }

    [Fact]
    public async Task FiltersNarrowTheRowsAndTheRates()
    {
        var orgs = await OrgsAsync(app);
        var letter = await LetterAsync(app, Due);
        await AssignAsync(app, letter, 0, orgs["VIETTEL"], AssignmentStatus.Accepted);
        await AssignAsync(app, letter, 0, orgs["VNPT"], AssignmentStatus.Pending);
        await AssignAsync(app, letter, 0, orgs["VTPOST"], AssignmentStatus.Accepted);
        await AssignAsync(app, letter, 0, orgs["UBND-DONGHOI"], AssignmentStatus.Acknowledged);
        await AssignAsync(app, letter, 0, orgs["UBND-DONGHA"], AssignmentStatus.Pending);
        Clock(app).AdjustTime(new DateTimeOffset(2027, 1, 10, 3, 0, 0, TimeSpan.Zero));
        var viewer = await app.SignedInAsync("viewer");
        var url = $"/api/v1/compliance/board?directiveId={letter.DirectiveId}";

        Assert.Equal(5, States(await GetJsonAsync(viewer, url)).Count);
        var operators = await GetJsonAsync(viewer, url + "&kind=TelecomOperator");
        Assert.Equal(["VIETTEL", "VNPT"], States(operators).Keys.Order());
        Assert.Equal(50m, operators.GetProperty("overall").GetProperty("acceptedPercent").GetDecimal());
        Assert.Equal(["VIETTEL", "VTPOST"], States(await GetJsonAsync(viewer, url + "&state=Accepted")).Keys.Order());
        Assert.Equal(["UBND-DONGHA", "VNPT"], States(await GetJsonAsync(viewer, url + "&state=notacknowledged")).Keys.Order());
        var dongHoi = await app.WithDbAsync(db => db.Set<OrganizationArea>().Where(a => a.OrganizationId == orgs["UBND-DONGHOI"]).Select(a => a.AreaId).FirstAsync());
        Assert.Equal(["UBND-DONGHOI"], States(await GetJsonAsync(viewer, url + $"&areaId={dongHoi}")).Keys);
        Assert.Empty(States(await GetJsonAsync(viewer, url + "&kind=Police")));
    }

    [Fact]
    public async Task OnlyProvinceWideRolesSeeTheBoard()
    {
        var orgs = await OrgsAsync(app);
        var letter = await LetterAsync(app, Due);
        await AssignAsync(app, letter, 0, orgs["VIETTEL"], AssignmentStatus.Pending);
        foreach (var url in new[] { "/api/v1/compliance/board", "/api/v1/compliance/board.xlsx", "/api/v1/compliance/board.csv" })
        {
            var member = await app.SignedInAsync("viettel");
            Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"{url}?directiveId={letter.DirectiveId}")).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync($"{url}?directiveId={letter.DirectiveId}")).StatusCode);
        }
        var page = await (await app.SignedInAsync("vnpt")).GetAsync($"/Compliance/Board?directiveId={letter.DirectiveId}");
        Assert.StartsWith("/Accounts/AccessDenied", page.Headers.Location!.PathAndQuery);
        foreach (var user in new[] { "admin", "coordinator", "leader", "viewer" })
            Assert.Equal(HttpStatusCode.OK, (await (await app.SignedInAsync(user)).GetAsync($"/api/v1/compliance/board?directiveId={letter.DirectiveId}")).StatusCode);
    }

    [Fact]
    public async Task BoardPageShowsStatesWithLinksToAssignmentsAndTheLettersLinkToIt()
    {
        var orgs = await OrgsAsync(app);
        var letter = await LetterAsync(app, Due);
        var assignment = await AssignAsync(app, letter, 0, orgs["VIETTEL"], AssignmentStatus.Acknowledged);
        Clock(app).AdjustTime(new DateTimeOffset(2027, 1, 10, 3, 0, 0, TimeSpan.Zero));
        var coordinator = await app.SignedInAsync("coordinator");
        var html = await coordinator.GetStringAsync($"/Compliance/Board?directiveId={letter.DirectiveId}");
        // "Đã nhận" is also in the summary line and the footer's legend: read Viettel's own row and cell instead.
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var row = Assert.Single(document.QuerySelectorAll("[data-testid=board] tbody tr[data-org=VIETTEL]"));
        Assert.StartsWith("Viettel Quảng Trị", row.QuerySelector("th[scope=row]")!.TextContent.Trim());
        var cell = Assert.Single(row.QuerySelectorAll("td[data-state]"));
        Assert.Equal("Acknowledged", cell.GetAttribute("data-state"));
        var link = cell.QuerySelector("a")!;
        Assert.Equal($"/Compliance/Assignment/{assignment}", link.GetAttribute("href"));
        Assert.Equal("Đã nhận", link.TextContent.Trim());
        Assert.Equal(letter.Tasks.Length, document.QuerySelectorAll("[data-testid=board] thead th[scope=col][title]").Length);
        Assert.Contains($"/Compliance/Board?directiveId={letter.DirectiveId}", await coordinator.GetStringAsync($"/Directives/Details/{letter.DirectiveId}"));
        Assert.Contains($"/Compliance/Board?campaignId={letter.CampaignId}", await coordinator.GetStringAsync($"/Campaigns/Details/{letter.CampaignId}"));
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/Compliance/Board?directiveId={Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.GetAsync("/Compliance/Board?directiveId=abc")).StatusCode);
    }
}

public sealed class SqliteBoardTests(SqliteBoardAppFactory app) : BoardTests(app), IClassFixture<SqliteBoardAppFactory>;

public sealed class PostgresBoardTests(PostgresBoardAppFactory app) : BoardTests(app), IClassFixture<PostgresBoardAppFactory>;
