using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ThongSuot.Features.Audit;
using ThongSuot.Features.Campaigns;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Campaigns.CampaignsTestData;

namespace ThongSuot.Tests.Campaigns;

public abstract class CampaignsApiTests(AppFactory app)
{
    [Fact]
    public async Task CoordinatorCreatesATetCampaignIssuedByTheDepartmentWithTheComputedName()
    {
        var client = await app.SignedInAsync("coordinator");
        var sites = await SiteIdsAsync(app, 2);
        var created = await CreateAsync(client, Body("LunarNewYear", 2031, sites: sites));

        Assert.Equal("Tết Nguyên đán Tân Hợi 2031", created.GetProperty("name").GetString());
        Assert.Equal("Draft", created.GetProperty("status").GetString());
        Assert.Equal("Sở Khoa học và Công nghệ tỉnh Quảng Trị", created.GetProperty("organizationName").GetString());
        Assert.Equal("2031-01-10", created.GetProperty("during").GetProperty("start").GetString());
        Assert.EndsWith("âm lịch", created.GetProperty("during").GetProperty("startLunar").GetString());
        Assert.Equal("2031-01-15T14:00:00Z", created.GetProperty("peaks")[0].GetProperty("startsAt").GetString());
        var id = created.GetProperty("id").GetGuid();
        var stored = await FindAsync(app, id);
        Assert.Equal(2, stored!.KeySites.Count);
        Assert.Single(stored.Peaks);
        var audit = Assert.Single(await AuditAsync(app, id));
        Assert.Equal(AuditAction.Create, audit.Action);
        Assert.Equal("coordinator", audit.UserName);
        Assert.Equal(stored.OrganizationId, audit.OrganizationId);
    }

    [Fact]
    public async Task SecondCampaignForTheSameOccasionAndYearIsRefusedWith409()
    {
        var client = await app.SignedInAsync("admin");
        var before = await CountAsync(app);
        // The demo data already has Tết Nguyên đán 2027.
        var response = await client.PostAsJsonAsync("/api/v1/campaigns", Body("LunarNewYear", 2027));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Đã có chiến dịch Tết Nguyên đán năm 2027.", await TitleAsync(response));

        await CreateAsync(client, Body("PartyCongress", 2032, "Đại hội Đảng bộ tỉnh lần thứ XIX"));
        response = await client.PostAsJsonAsync("/api/v1/campaigns", Body("PartyCongress", 2032, "đại hội đảng bộ tỉnh LẦN THỨ XIX"));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        await CreateAsync(client, Body("PartyCongress", 2033, "Đại hội Đảng bộ tỉnh lần thứ XIX"));
        await CreateAsync(client, Body("Custom", 2032, "Lễ hội Hang động"));
        Assert.Equal(before + 3, await CountAsync(app));
    }

    [Fact]
    public async Task InvalidPhasesGet400FieldErrorsAndNothingIsWritten()
    {
        var client = await app.SignedInAsync("coordinator");
        var before = await CountAsync(app);
        var response = await client.PostAsJsonAsync("/api/v1/campaigns", new
        {
            occasion = "NationalDay", year = 2034,
            before = new { start = "2034-08-30", end = "2034-08-25" },
            during = new { start = "2034-08-28", end = "2034-09-03" },
            after = new { start = "2034-09-02", end = "2034-09-05" },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = await ErrorFieldsAsync(response);
        Assert.Contains("before.end", fields);
        Assert.Contains("after.start", fields);

        response = await client.PostAsJsonAsync("/api/v1/campaigns", new
        {
            occasion = "NationalDay", year = 2034,
            before = new { start = "2034-08-20", end = "2034-08-29" },
            during = new { start = "2034-08-28", end = "2034-09-03" },
        });
        Assert.Equal(["during.start"], await ErrorFieldsAsync(response));
        Assert.Equal(before, await CountAsync(app));
    }

    [Theory]
    [InlineData("""{"occasion":"Volcano","year":2030}""", "occasion")]
    [InlineData("""{"occasion":"1","year":2030}""", "occasion")]
    [InlineData("""{"occasion":"NewYear","year":1900}""", "year")]
    [InlineData("""{"occasion":"NewYear","year":2100}""", "year")]
    [InlineData("""{"occasion":"NewYear","year":"abc"}""", "year")]
    [InlineData("""{"occasion":"NewYear","year":2030,"during":{"start":"30/12/2029","end":"2030-01-02"}}""", "during.start")]
    [InlineData("""{"occasion":"Custom","year":2030}""", "title")]
    [InlineData("""{"occasion":"NewYear","year":2030,"keySiteIds":["00000000-0000-0000-0000-000000000001"]}""", "keySiteIds")]
    [InlineData("""{"occasion":"NewYear","year":2030,"peaks":[{"name":"x","startsAt":"2029-12-31T21:00:00+07:00"}]}""", "peaks[0].endsAt")]
    [InlineData("""{"occasion":"NewYear",""", "body")]
    public async Task MalformedInputGets400WithTheField(string json, string field)
    {
        var client = await app.SignedInAsync("coordinator");
        var before = await CountAsync(app);
        var response = await client.PostAsync("/api/v1/campaigns", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await ErrorFieldsAsync(response));
        Assert.Equal(before, await CountAsync(app));
    }

    [Theory]
    [InlineData("leader")]
    [InlineData("viewer")]
    [InlineData("viettel")]
    public async Task OnlyCoordinatorAndAdminWriteOthersRead(string userName)
    {
        var admin = await app.SignedInAsync("admin");
        var id = (await CreateAsync(admin, Body("Election", 2035, $"Bầu cử thử {userName}"))).GetProperty("id").GetGuid();
        var client = await app.SignedInAsync(userName);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/campaigns", Body("Custom", 2035, $"Không được {userName}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"/api/v1/campaigns/{id}", Body("Election", 2035, "Đổi tên"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/api/v1/campaigns/{id}/activate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/api/v1/campaigns/{id}/close", null)).StatusCode);
        Assert.Equal($"Bầu cử thử {userName}", (await FindAsync(app, id))!.Title);
        Assert.Equal(CampaignStatus.Draft, (await FindAsync(app, id))!.Status);

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/campaigns?year=2035");
        Assert.Contains(list.EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/campaigns/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/campaigns")).StatusCode);
    }

    [Fact]
    public async Task StatusMovesDraftActiveClosedAndRefusesEverythingElseWith409()
    {
        var client = await app.SignedInAsync("coordinator");
        var noPhases = (await CreateAsync(client, Body("HungKings", 2036, phases: false))).GetProperty("id").GetGuid();
        var activate = await client.PostAsync($"/api/v1/campaigns/{noPhases}/activate", null);
        Assert.Equal(HttpStatusCode.Conflict, activate.StatusCode);
        Assert.Contains("ba giai đoạn", await TitleAsync(activate));
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/v1/campaigns/{noPhases}/close", null)).StatusCode);

        var id = (await CreateAsync(client, Body("ReunificationDay", 2036))).GetProperty("id").GetGuid();
        var active = await client.PostAsync($"/api/v1/campaigns/{id}/activate", null);
        Assert.Equal(HttpStatusCode.OK, active.StatusCode);
        Assert.Equal("Active", (await active.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/v1/campaigns/{id}/activate", null)).StatusCode);
        // An active campaign keeps its three phases.
        var dropPhases = await client.PutAsJsonAsync($"/api/v1/campaigns/{id}", Body("ReunificationDay", 2036, phases: false));
        Assert.Equal(HttpStatusCode.BadRequest, dropPhases.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/campaigns/{id}/close", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/v1/campaigns/{id}/close", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/v1/campaigns/{id}/activate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PutAsJsonAsync($"/api/v1/campaigns/{id}", Body("ReunificationDay", 2036))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/v1/campaigns/{Guid.NewGuid()}/activate", null)).StatusCode);

        var audit = await AuditAsync(app, id);
        Assert.Equal([AuditAction.Create, AuditAction.Update, AuditAction.Update], audit.Select(a => a.Action));
        // The audit trail stores enum values by name, so the audit page's free text finds "Closed".
        var after = JsonDocument.Parse(audit[^1].After!).RootElement.GetProperty("Status");
        Assert.Equal(nameof(CampaignStatus.Closed), after.GetString());
    }

    [Fact]
    public async Task UpdateChangesPhasesPeaksAndSitesAndRefusesATakenOccasion()
    {
        var client = await app.SignedInAsync("coordinator");
        var sites = await SiteIdsAsync(app, 3);
        var id = (await CreateAsync(client, Body("NewYear", 2037, sites: sites.Take(2)))).GetProperty("id").GetGuid();
        var update = await client.PutAsJsonAsync($"/api/v1/campaigns/{id}", new
        {
            occasion = "NewYear", year = 2037, name = "Tết Dương lịch 2037 – tỉnh Quảng Trị",
            during = new { start = "2036-12-31", end = "2037-01-02" },
            peaks = Array.Empty<object>(), keySiteIds = new[] { sites[2] },
        });
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        var stored = await FindAsync(app, id);
        Assert.Equal("Tết Dương lịch 2037 – tỉnh Quảng Trị", stored!.Name);
        Assert.Null(stored.BeforeStart);
        Assert.Empty(stored.Peaks);
        Assert.Equal([sites[2]], stored.KeySites.Select(k => k.KeySiteId));

        var taken = await client.PutAsJsonAsync($"/api/v1/campaigns/{id}", Body("LunarNewYear", 2027));
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal(2037, (await FindAsync(app, id))!.Year);
    }

    [Fact]
    public async Task SuggestReturnsNamePhasesAndPeaksAndRefusesBadInput()
    {
        var client = await app.SignedInAsync("viewer");
        var s = await client.GetFromJsonAsync<JsonElement>("/api/v1/campaigns/suggest?occasion=LunarNewYear&year=2027");
        Assert.Equal("Tết Nguyên đán Đinh Mùi 2027", s.GetProperty("name").GetString());
        Assert.Equal("2027-01-30", s.GetProperty("during").GetProperty("start").GetString());
        Assert.Equal("23/12 âm lịch", s.GetProperty("during").GetProperty("startLunar").GetString());
        Assert.Equal("15/01 âm lịch", s.GetProperty("after").GetProperty("endLunar").GetString());
        Assert.Equal("2027-02-05T14:00:00Z", s.GetProperty("peaks")[0].GetProperty("startsAt").GetString());

        foreach (var (query, field) in new[] { ("occasion=Volcano&year=2027", "occasion"), ("occasion=NewYear&year=1900", "year"),
                     ("occasion=NewYear&year=abc", "year"), ("year=2027", "occasion") })
        {
            var response = await client.GetAsync($"/api/v1/campaigns/suggest?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(field, await ErrorFieldsAsync(response));
        }
    }

    [Fact]
    public async Task DemoDataHasAnActiveTetCampaignWithKeySites()
    {
        var client = await app.SignedInAsync("viettel");
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/campaigns?status=Active&year=2027");
        var demo = list.EnumerateArray().Single(c => c.GetProperty("name").GetString() == "Tết Nguyên đán Đinh Mùi 2027");
        Assert.InRange(demo.GetProperty("keySites").GetArrayLength(), 4, 6);
        Assert.Equal(2, demo.GetProperty("peaks").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/campaigns?status=Sleeping")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/campaigns?year=x")).StatusCode);
    }
}

public sealed class CampaignsApiTestsOnSqlite(OwnSqliteAppFactory app) : CampaignsApiTests(app), IClassFixture<OwnSqliteAppFactory>;
