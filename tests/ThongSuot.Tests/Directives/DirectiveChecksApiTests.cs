using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ThongSuot.Features.Directives;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Directives.DirectivesTestData;

namespace ThongSuot.Tests.Directives;

/// <summary>The checks before issuing, through the API and the issue page: refused with the place named, nothing written.</summary>
public abstract class DirectiveChecksApiTests(AppFactory app)
{
    [Fact]
    public async Task ATemplateLetterWithABlankLeftCannotBeIssued()
    {
        var client = await app.SignedInAsync("coordinator");
        var c = await CampaignAsync(app);
        var draft = await ExpectAsync(await client.PostAsJsonAsync("/api/v1/directives/from-template", new { templateKey = "tet-doanh-nghiep", campaignId = c.Id }), HttpStatusCode.Created);

        var errors = await RefusedAsync(client, Id(draft));
        Assert.Equal(["Căn cứ 1: còn chỗ trống «số …/UBND-VX ngày …»."], errors["legalBases[0]"]);
    }

    [Fact]
    public async Task InEnglishTheRefusalNamesThePlaceInEnglish()
    {
        var (client, id, body) = await DraftAsync();
        body["recipients"]![1]!["organizationIds"] = new JsonArray();
        body["signAuthority"] = "TM";
        body["authorityTitle"] = "ỦY BAN NHÂN DÂN";
        await SaveAsync(client, id, body);

        var errors = await RefusedAsync(client, id, "?culture=en-US");
        Assert.StartsWith("Kính gửi line 2 («", Assert.Single(errors["recipients[1].organizationIds"]));
        Assert.EndsWith("») is bound to no organisation.", errors["recipients[1].organizationIds"][0]);
        Assert.StartsWith("Signature block: Sở Khoa học và Công nghệ tỉnh Quảng Trị does not sign «TM. ỦY BAN NHÂN DÂN", Assert.Single(errors["authorityTitle"]));
    }

    [Fact]
    public async Task TheDemoTemplateLetterIsIssuedWithoutEdits()
    {
        var client = await app.SignedInAsync("coordinator");
        var c = await CampaignAsync(app);
        var draft = await ExpectAsync(await client.PostAsJsonAsync("/api/v1/directives/from-template", new { templateKey = DirectivesDemoKey, campaignId = c.Id }), HttpStatusCode.Created);

        var issued = await ExpectAsync(await client.PostAsJsonAsync($"/api/v1/directives/{Id(draft)}/issue", new { acknowledgeWarnings = true }), HttpStatusCode.OK);
        Assert.Equal("Issued", issued.GetProperty("status").GetString());
    }

    private const string DirectivesDemoKey = Features.Directives.Templates.DirectivesDemo.TemplateKey;

    [Fact]
    public async Task TheDepartmentCannotIssueALetterSignedForThePeoplesCommittee()
    {
        var (client, id, body) = await DraftAsync();
        body["signAuthority"] = "TM";
        body["authorityTitle"] = "ỦY BAN NHÂN DÂN";
        body["signerTitle"] = "CHỦ TỊCH";
        body["introduction"] = "UBND tỉnh yêu cầu:";
        await SaveAsync(client, id, body);

        var errors = await RefusedAsync(client, id);
        Assert.Contains("«TM. ỦY BAN NHÂN DÂN»", Assert.Single(errors["authorityTitle"]));
        Assert.StartsWith("Đoạn mở đầu: công văn của Sở Khoa học và Công nghệ tỉnh Quảng Trị nhưng viết «UBND tỉnh yêu cầu»", Assert.Single(errors["introduction"]));
    }

    [Fact]
    public async Task AKinhGuiLineBoundToNoOrganisationCannotBeIssued()
    {
        var (client, id, body) = await DraftAsync();
        body["recipients"]![1]!["organizationIds"] = new JsonArray();
        await SaveAsync(client, id, body);

        var errors = await RefusedAsync(client, id);
        Assert.Equal(["Kính gửi dòng 2 («UBND phường Đồng Hới») chưa gắn với tổ chức nào."], errors["recipients[1].organizationIds"]);
    }

    [Fact]
    public async Task ABlankInATaskIsNamedBySectionAndTask()
    {
        var (client, id, body) = await DraftAsync();
        body["sections"]![1]!["tasks"]![0]!["text"] = "Triển khai Kế hoạch số …/KH-UBND ngày … tháng … năm … của UBND tỉnh.";
        await SaveAsync(client, id, body);

        var errors = await RefusedAsync(client, id);
        Assert.Equal(["Mục II, nhiệm vụ 1: còn chỗ trống «số …/KH-UBND ngày … tháng … năm …»."], errors["sections[1].tasks[0].text"]);
    }

    [Fact]
    public async Task TheIssuePageShowsTheCheckAndWritesNothing()
    {
        var (client, id, body) = await DraftAsync();
        body["legalBases"] = new JsonArray("Công văn số …/UBND-VX ngày … của UBND tỉnh");
        await SaveAsync(client, id, body);

        var token = await SignIn.AntiforgeryTokenAsync(client, $"/Directives/Issue/{id}");
        var page = await client.PostAsync($"/Directives/Issue/{id}", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Number"] = "", ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Căn cứ 1: còn chỗ trống «số …/UBND-VX ngày …».", System.Net.WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));
        var stored = (await FindAsync(app, id))!;
        Assert.Equal((DirectiveStatus.Draft, (int?)null), (stored.Status, stored.Number));
    }

    [Fact]
    public async Task TheIssuePageShowsWarningsAndIssuesAnyway()
    {
        var (client, id, body) = await DraftAsync();
        var c = await CampaignAsync(app);
        body["sections"]![0]!["tasks"]![1]!["dueDate"] = c.To.AddDays(10).ToString("yyyy-MM-dd");
        await SaveAsync(client, id, body);

        var confirm = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync($"/Directives/Issue/{id}"));
        Assert.Contains("data-testid=\"issue-warnings\"", confirm);
        Assert.Contains("Mục I, nhiệm vụ 2: hạn ", confirm);
        var token = await SignIn.AntiforgeryTokenAsync(client, $"/Directives/Issue/{id}");
        var issued = await client.PostAsync($"/Directives/Issue/{id}", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Number"] = "", ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        Assert.Equal(DirectiveStatus.Issued, (await FindAsync(app, id))!.Status);
    }

    private async Task<(HttpClient Client, Guid Id, JsonNode Body)> DraftAsync()
    {
        var client = await app.SignedInAsync("coordinator");
        var c = await CampaignAsync(app);
        var (viettel, donghoi) = (await OrgAsync(app, "VIETTEL"), await OrgAsync(app, "UBND-DONGHOI"));
        var draft = await CreateAsync(client, new { campaignId = c.Id });
        return (client, Id(draft), JsonSerializer.SerializeToNode(Content(c, viettel, donghoi, Revision(draft)))!);
    }

    private static async Task SaveAsync(HttpClient client, Guid id, JsonNode body) =>
        await ExpectAsync(await client.PutAsJsonAsync($"/api/v1/directives/{id}", body), HttpStatusCode.OK);

    /// <summary>Issuing is refused with 400 and the errors per field; the draft keeps no number.</summary>
    private async Task<Dictionary<string, string[]>> RefusedAsync(HttpClient client, Guid id, string query = "")
    {
        var response = await client.PostAsJsonAsync($"/api/v1/directives/{id}/issue{query}", new { acknowledgeWarnings = true });
        var problem = await ExpectAsync(response, HttpStatusCode.BadRequest);
        var stored = (await FindAsync(app, id))!;
        Assert.Equal((DirectiveStatus.Draft, (int?)null), (stored.Status, stored.Number));
        return problem.GetProperty("errors").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(m => m.GetString()!).ToArray());
    }
}

public sealed class DirectiveChecksApiTestsOnSqlite(SqliteAppFactory app) : DirectiveChecksApiTests(app), IClassFixture<SqliteAppFactory>;
