using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Audit;
using ThongSuot.Features.Campaigns;
using ThongSuot.Features.Directives;
using ThongSuot.Tests.Infrastructure;

namespace ThongSuot.Tests.Directives;

public abstract class DirectiveTemplatesApiTests(AppFactory app)
{
    [Fact]
    public async Task EverySignedInUserListsTheFiveTemplates()
    {
        var client = await app.SignedInAsync("viewer");
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/directives/templates");
        Assert.Equal(["tet-so-2019", "tet-doanh-nghiep", "le-30-4-huyen", "tet-ha-tinh", "dai-hoi-tet"],
            list.EnumerateArray().Select(t => t.GetProperty("key").GetString()));
        Assert.Equal("LunarNewYear", list[0].GetProperty("occasion").GetString());
        Assert.Equal(12, list[0].GetProperty("tasks").GetInt32());
    }

    [Fact]
    public async Task CoordinatorCreatesACampaignAndItsDraftFromATemplate()
    {
        var client = await app.SignedInAsync("coordinator");
        var response = await client.PostAsJsonAsync("/api/v1/campaigns/from-template", new { templateKey = "tet-so-2019", year = 2028 });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var campaignId = body.GetProperty("campaignId").GetGuid();
        var directiveId = body.GetProperty("directiveId").GetGuid();
        Assert.Equal("Tết Nguyên đán Mậu Thân 2028", body.GetProperty("campaignName").GetString());
        Assert.Equal($"/Directives/Edit/{directiveId}", body.GetProperty("editUrl").GetString());

        var (campaign, directive) = await LoadAsync(campaignId, directiveId);
        Assert.Equal(CampaignStatus.Draft, campaign.Status);
        Assert.Equal(CampaignSuggestions.For(CampaignOccasion.LunarNewYear, 2028).During!.Start, campaign.DuringStart);
        Assert.Equal(2, campaign.Peaks.Count);
        Assert.Equal(campaignId, directive.CampaignId);
        Assert.Equal("template:tet-so-2019", directive.Origin);
        Assert.Equal(DirectiveStatus.Draft, directive.Status);
        Assert.Equal("Sở Khoa học và Công nghệ", directive.IssuingAgency);
        Assert.EndsWith("Tết Nguyên đán Mậu Thân năm 2028", directive.Subject, StringComparison.Ordinal);
        Assert.Equal(12, directive.Sections.Sum(s => s.Tasks.Count));
        // The demo's five commune committees and its operators are resolved behind the two lines.
        Assert.Equal(5, directive.Recipients.Single(r => r.Order == 0).Organizations.Count);
        Assert.True(directive.Recipients.Single(r => r.Order == 1).Organizations.Count >= 6);
        Assert.Equal("Nguyễn Văn An", directive.SignerName); // the department's own (fictional) deputy director
        Assert.Equal(ThongSuot.Documents.SigningAuthority.KT, directive.SignAuthority);
        await app.WithDbAsync(async db =>
        {
            Assert.True(await db.Set<AuditEntry>().AnyAsync(a => a.EntityType == nameof(Directive) && a.EntityId == directiveId.ToString()));
            Assert.True(await db.Set<AuditEntry>().AnyAsync(a => a.EntityType == nameof(Campaign) && a.EntityId == campaignId.ToString()));
            return 0;
        });
    }

    [Fact]
    public async Task AnExistingCampaignIsRefusedWith409AndNothingIsSaved()
    {
        var client = await app.SignedInAsync("coordinator");
        var before = await CountsAsync();
        var response = await client.PostAsJsonAsync("/api/v1/campaigns/from-template", new { templateKey = "tet-so-2019", year = 2027 });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var title = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString()!;
        Assert.Contains("Tết Nguyên đán Đinh Mùi 2027", title, StringComparison.Ordinal);
        Assert.Contains("trang của chiến dịch", title, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("viewer")]
    [InlineData("leader")]
    [InlineData("viettel")]
    public async Task OnlyCoordinatorsAndAdminsCreateDrafts(string user)
    {
        var client = await app.SignedInAsync(user);
        var before = await CountsAsync();
        var campaignId = await DemoCampaignIdAsync(2027);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/campaigns/from-template", new { templateKey = "tet-so-2019", year = 2033 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/directives/from-template", new { templateKey = "tet-so-2019", campaignId })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/api/v1/campaigns/{campaignId}/copy-last-year", null)).StatusCode);
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("""{"year":2034}""", "templateKey")]
    [InlineData("""{"templateKey":"khong-co","year":2034}""", "templateKey")]
    [InlineData("""{"templateKey":"tet-so-2019"}""", "year")]
    [InlineData("""{"templateKey":"tet-so-2019","year":"abc"}""", "year")]
    [InlineData("""{"templateKey":"tet-so-2019","year":1800}""", "year")]
    [InlineData("""{"templateKey":"tet-so-2019","year":99999999999}""", "year")]
    [InlineData("""{"templateKey":["x"],"year":2034}""", "templateKey")]
    [InlineData("""{"templateKey":"tet-so-2019","year":2034""", "body")]
    [InlineData("""null""", "body")]
    public async Task MalformedCampaignFromTemplateGets400WithTheFieldAndSavesNothing(string json, string field)
    {
        var client = await app.SignedInAsync("coordinator");
        var before = await CountsAsync();
        var response = await client.PostAsync("/api/v1/campaigns/from-template", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task AHugeTitleOrScriptIsAFieldErrorOrPlainText()
    {
        var client = await app.SignedInAsync("coordinator");
        var before = await CountsAsync();
        var huge = await client.PostAsJsonAsync("/api/v1/campaigns/from-template", new { templateKey = "dai-hoi-tet", year = 2035, title = new string('x', 5000) });
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Equal(before, await CountsAsync());
        var script = await client.PostAsJsonAsync("/api/v1/campaigns/from-template", new { templateKey = "dai-hoi-tet", year = 2035, title = "<script>alert(1)</script> Đại hội" });
        Assert.Equal(HttpStatusCode.Created, script.StatusCode);
        var id = (await script.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("directiveId").GetGuid();
        var (_, directive) = await LoadAsync(null, id);
        Assert.Contains("<script>alert(1)</script> Đại hội", directive.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADraftFromATemplateJoinsAnExistingCampaign()
    {
        var client = await app.SignedInAsync("admin");
        var campaignId = await DemoCampaignIdAsync(2027);
        var response = await client.PostAsJsonAsync("/api/v1/directives/from-template", new { templateKey = "tet-doanh-nghiep", campaignId });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var (campaign, directive) = await LoadAsync(campaignId, id);
        var due = directive.Sections.SelectMany(s => s.Tasks).Single(t => t.DueDate is not null).DueDate;
        Assert.Equal(campaign.DuringStart!.Value.AddDays(12), due);
        Assert.Contains("Đinh Mùi", directive.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADraftFromATemplateNeedsAnOpenExistingCampaign()
    {
        var client = await app.SignedInAsync("coordinator");
        var before = await CountsAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/v1/directives/from-template", new { templateKey = "tet-so-2019", campaignId = Guid.NewGuid() })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync("/api/v1/directives/from-template", new { templateKey = "tet-so-2019", campaignId = await DemoCampaignIdAsync(2026) })).StatusCode);
        var invalid = await client.PostAsJsonAsync("/api/v1/directives/from-template", new { templateKey = "", campaignId = "not-a-guid" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task CopyLastYearTurnsBinhNgoIntoDinhMuiAndMovesDueDatesWithTheCalendar()
    {
        // Arrange a 2026 letter with a deadline, newer than the demo's, so it is the one copied.
        var old = await app.WithDbAsync(async db =>
        {
            var campaign = await db.Set<Campaign>().SingleAsync(c => c.UniqueKey == "LunarNewYear:2026");
            var issuer = await db.Set<Features.Organizations.Organization>().Include(o => o.Parent).Include(o => o.People).SingleAsync(o => o.ShortName == "SKHCN");
            var all = await db.Set<Features.Organizations.Organization>().AsNoTracking().ToListAsync();
            var letter = Features.Directives.Templates.TemplateInstantiation.Build(Features.Directives.Templates.DirectiveTemplates.Find("tet-doanh-nghiep")!, campaign, issuer, all);
            letter.Status = DirectiveStatus.Issued;
            (letter.Year, letter.Number, letter.IssuedOn) = (2026, 4242, new DateOnly(2026, 1, 5));
            db.Add(letter);
            await db.SaveChangesAsync();
            return letter;
        });
        Assert.Contains("Bính Ngọ", old.Subject, StringComparison.Ordinal);
        var client = await app.SignedInAsync("coordinator");
        var campaignId = await DemoCampaignIdAsync(2027);
        var response = await client.PostAsync($"/api/v1/campaigns/{campaignId}/copy-last-year", null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var (target, copy) = await LoadAsync(campaignId, id);
        Assert.Equal($"copy:{old.Id}", copy.Origin);
        Assert.Equal(DirectiveStatus.Draft, copy.Status);
        Assert.Null(copy.Number);
        Assert.Equal(old.Subject.Replace("Bính Ngọ", "Đinh Mùi").Replace("2026", "2027"), copy.Subject);
        var texts = copy.Sections.SelectMany(s => s.Tasks).Select(t => t.Text).Append(copy.Introduction).Append(copy.Subject).ToList();
        Assert.DoesNotContain(texts, t => t.Contains("Bính Ngọ", StringComparison.Ordinal) || t.Contains("năm 2026", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("Tết nguyên đán Đinh Mùi năm 2027", StringComparison.Ordinal));
        var oldCampaign = await app.WithDbAsync(db => db.Set<Campaign>().SingleAsync(c => c.UniqueKey == "LunarNewYear:2026"));
        var shift = target.DuringStart!.Value.DayNumber - oldCampaign.DuringStart!.Value.DayNumber;
        var oldDue = old.Sections.SelectMany(s => s.Tasks).Single(t => t.DueDate is not null).DueDate!.Value;
        Assert.Equal(oldDue.AddDays(shift), copy.Sections.SelectMany(s => s.Tasks).Single(t => t.DueDate is not null).DueDate);
        // The anchors are 23 tháng Chạp of each lunar year, so the deadline keeps its place before Tết.
        Assert.InRange(shift, ThongSuot.Calendar.LunarCalendar.Tet(2027).DayNumber - ThongSuot.Calendar.LunarCalendar.Tet(2026).DayNumber - 1,
            ThongSuot.Calendar.LunarCalendar.Tet(2027).DayNumber - ThongSuot.Calendar.LunarCalendar.Tet(2026).DayNumber + 1);
        Assert.Equal(old.Recipients.Count, copy.Recipients.Count);
        Assert.Equal(old.Recipients.Sum(r => r.Organizations.Count), copy.Recipients.Sum(r => r.Organizations.Count));
    }

    [Fact]
    public async Task CopyLastYearWithNothingEarlierIs404WithAClearMessage()
    {
        var client = await app.SignedInAsync("coordinator");
        var created = await client.PostAsJsonAsync("/api/v1/campaigns", Campaigns.CampaignsTestData.Body("NationalDay", 2036));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var before = await CountsAsync();
        var response = await client.PostAsync($"/api/v1/campaigns/{id}/copy-last-year", null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("để sao chép", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/v1/campaigns/{Guid.NewGuid()}/copy-last-year", null)).StatusCode);
    }

    [Fact]
    public async Task TheDemoHasAnIssuedDepartmentLetterInTheActiveCampaignAndLastYearsInAClosedOne()
    {
        await app.WithDbAsync(async db =>
        {
            var letters = await db.Set<Directive>().AsNoTracking().Include(d => d.Campaign).Include(d => d.Organization)
                .Include(d => d.Sections).ThenInclude(s => s.Tasks)
                .Where(d => d.Origin == "template:tet-so-2019" && d.Status == DirectiveStatus.Issued).ToListAsync();
            var current = letters.Single(d => d.Campaign!.Name == "Tết Nguyên đán Đinh Mùi 2027");
            Assert.Equal(CampaignStatus.Active, current.Campaign!.Status);
            Assert.Equal("SKHCN", current.Organization!.ShortName);
            Assert.Equal((2026, 1062), (current.Year, current.Number));
            Assert.True(current.IssuedOn < current.Campaign.BeforeStart);
            Assert.Contains("Đinh Mùi", current.Subject, StringComparison.Ordinal);
            var last = letters.Single(d => d.Campaign!.Name == "Tết Nguyên đán Bính Ngọ 2026");
            Assert.Equal(CampaignStatus.Closed, last.Campaign!.Status);
            // No real person or phone number from the seeds.
            string[] seedPeople = ["Nguyễn Văn Tường", "Nguyễn Thị Lê Hằng", "Hoàng Nam", "0913.485.202", "0233.371.6868"];
            Assert.DoesNotContain(letters, d => seedPeople.Any(p => d.SignerName.Contains(p, StringComparison.Ordinal) || d.Contacts.Contains(p, StringComparison.Ordinal)));
            Assert.Equal(1, await db.Set<Campaign>().CountAsync(c => c.Status == CampaignStatus.Active));
            return 0;
        });
    }

    [Fact]
    public async Task TheFromTemplatePageShowsTheComputedNameBeforeCreating()
    {
        var client = await app.SignedInAsync("coordinator");
        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/Campaigns/FromTemplate?Input.TemplateKey=tet-so-2019&Input.Year=2027"));
        Assert.Contains("data-testid=\"campaign-name\">Tết Nguyên đán Đinh Mùi 2027<", html);
        var congress = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/Campaigns/FromTemplate?Input.TemplateKey=dai-hoi-tet&Input.Year=2031"));
        Assert.Contains("Đại hội đại biểu Đảng toàn quốc và Tết Nguyên đán năm 2031", congress);
        var bad = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/Campaigns/FromTemplate?Input.TemplateKey=tet-so-2019&Input.Year=abc"));
        Assert.Contains("Năm phải là số.", bad);
    }

    [Fact]
    public async Task TheFromTemplatePageCreatesCampaignAndDraftAndOpensTheEditor()
    {
        var client = await app.SignedInAsync("coordinator");
        var token = await SignIn.AntiforgeryTokenAsync(client, "/Campaigns/FromTemplate");
        var response = await client.PostAsync("/Campaigns/FromTemplate", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.TemplateKey"] = "tet-ha-tinh", ["Input.Year"] = "2029",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Directives/Edit/", location, StringComparison.Ordinal);
        var (campaign, directive) = await LoadAsync(null, Guid.Parse(location["/Directives/Edit/".Length..]));
        Assert.Equal("Tết Nguyên đán Kỷ Dậu 2029", campaign.Name);
        Assert.Equal("template:tet-ha-tinh", directive.Origin);

        var before = await CountsAsync();
        var again = await client.PostAsync("/Campaigns/FromTemplate", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.TemplateKey"] = "tet-ha-tinh", ["Input.Year"] = "2029",
        }));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("trang của chiến dịch", System.Net.WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
        var invalid = await client.PostAsync("/Campaigns/FromTemplate", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.TemplateKey"] = "khong-co", ["Input.Year"] = "12",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var html = System.Net.WebUtility.HtmlDecode(await invalid.Content.ReadAsStringAsync());
        Assert.Contains("Không có mẫu công văn này.", html);
        Assert.Contains("Năm phải từ", html);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task ViewersCannotOpenTheFromTemplatePageNorSeeTheLetterButtons()
    {
        var client = await app.SignedInAsync("viewer");
        var response = await client.GetAsync("/Campaigns/FromTemplate");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Accounts/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var details = await client.GetStringAsync($"/Campaigns/Details/{await DemoCampaignIdAsync(2027)}");
        Assert.DoesNotContain("template-letter-forms", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCampaignPageButtonsMakeADraftOrExplainWhyNot()
    {
        var client = await app.SignedInAsync("coordinator");
        var id = await DemoCampaignIdAsync(2027);
        var details = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync($"/Campaigns/Details/{id}"));
        Assert.Contains("Tạo công văn từ mẫu", details);
        Assert.Contains("Sao chép công văn năm trước", details);
        var token = await SignIn.AntiforgeryTokenAsync(client, $"/Campaigns/Details/{id}");
        var fromTemplate = await client.PostAsync($"/Campaigns/TemplateLetter/{id}?handler=Template", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["templateKey"] = "tet-so-2019",
        }));
        Assert.Equal(HttpStatusCode.Redirect, fromTemplate.StatusCode);
        Assert.StartsWith("/Directives/Edit/", fromTemplate.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var copy = await client.PostAsync($"/Campaigns/TemplateLetter/{id}?handler=Copy", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, copy.StatusCode);

        var created = await client.PostAsJsonAsync("/api/v1/campaigns", Campaigns.CampaignsTestData.Body("HungKings", 2037));
        var fresh = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var nothing = await client.PostAsync($"/Campaigns/TemplateLetter/{fresh}?handler=Copy", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, nothing.StatusCode);
        Assert.Contains("để sao chép", System.Net.WebUtility.HtmlDecode(await nothing.Content.ReadAsStringAsync()));
        var unknown = await client.PostAsync($"/Campaigns/TemplateLetter/{fresh}?handler=Template", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["templateKey"] = "<b>x</b>" }));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    private Task<Guid> DemoCampaignIdAsync(int year) =>
        app.WithDbAsync(db => db.Set<Campaign>().Where(c => c.UniqueKey == $"LunarNewYear:{year}").Select(c => c.Id).SingleAsync());

    private Task<(int Campaigns, int Directives, int Tasks)> CountsAsync() => app.WithDbAsync(async db =>
        (await db.Set<Campaign>().CountAsync(), await db.Set<Directive>().CountAsync(), await db.Set<DirectiveTask>().CountAsync()));

    private Task<(Campaign Campaign, Directive Directive)> LoadAsync(Guid? campaignId, Guid directiveId) => app.WithDbAsync(async db =>
    {
        var directive = await db.Set<Directive>().AsNoTracking().AsSplitQuery()
            .Include(d => d.Recipients).ThenInclude(r => r.Organizations)
            .Include(d => d.Sections).ThenInclude(s => s.Tasks).Include(d => d.Sections).ThenInclude(s => s.Recipients)
            .SingleAsync(d => d.Id == directiveId);
        var campaign = await db.Set<Campaign>().AsNoTracking().Include(c => c.Peaks).SingleAsync(c => c.Id == (campaignId ?? directive.CampaignId));
        return (campaign, directive);
    });
}

public sealed class DirectiveTemplatesApiTestsOnSqlite(OwnSqliteAppFactory app) : DirectiveTemplatesApiTests(app), IClassFixture<OwnSqliteAppFactory>;
