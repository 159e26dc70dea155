using System.Net;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Audit;
using ThongSuot.Features.Duty;
using ThongSuot.Features.Organizations;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Duty.DutyTestKit;

namespace ThongSuot.Tests.Duty;

/// <summary>Coordinators set a campaign's coverage requirements from the Gaps page; everyone else only reads them.</summary>
public abstract class DutyRequirementsPageTests(AppFactory app)
{
    private const string Page = "/Duty/Gaps";

    [Fact]
    public async Task CoordinatorAddsARequirementThroughTheFormAndTheGapListFollowsThenDeletesIt()
    {
        var ids = await IdsAsync(app);
        var police = await app.WithDbAsync(db => db.Set<Organization>().Where(o => o.ShortName == "CAT").Select(o => o.Id).SingleAsync());
        var coordinator = await app.SignedInAsync("coordinator");
        var before = WebUtility.HtmlDecode(await coordinator.GetStringAsync(Page));
        Assert.Contains($"data-testid=\"add-requirement-{ids.Campaign}\"", before);
        Assert.DoesNotContain("data-testid=\"gap-CAT\"", before);

        var added = await PostAsync(coordinator, "Add", new()
        {
            ["Input.CampaignId"] = ids.Campaign.ToString(), ["Input.OrganizationId"] = police.ToString(), ["Input.OrganizationKind"] = "",
            ["Input.Phase"] = "During", ["Input.Mode"] = "Continuous", ["Input.Role"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var requirement = await app.WithDbAsync(db => db.Set<CoverageRequirement>().SingleAsync(r => r.OrganizationId == police));
        Assert.Equal((ids.Campaign, DutyPhase.During, CoverageMode.Continuous, (DutyRole?)null), (requirement.CampaignId, requirement.Phase, requirement.Mode, requirement.Role));
        var after = WebUtility.HtmlDecode(await coordinator.GetStringAsync(Page));
        Assert.Contains("Đã thêm yêu cầu trực.", after);
        Assert.Contains("data-testid=\"gap-CAT\"", after);
        Assert.Contains($"data-testid=\"requirement-{requirement.Id}\"", after);

        var deleted = await PostAsync(coordinator, $"Delete&requirementId={requirement.Id}", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Set<CoverageRequirement>().AnyAsync(r => r.Id == requirement.Id)));
        var gone = WebUtility.HtmlDecode(await coordinator.GetStringAsync(Page));
        Assert.DoesNotContain("data-testid=\"gap-CAT\"", gone);
        Assert.DoesNotContain($"data-testid=\"requirement-{requirement.Id}\"", gone);

        var trail = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == "CoverageRequirement" && a.EntityId == requirement.Id.ToString()).ToListAsync());
        Assert.Equal([AuditAction.Create, AuditAction.Delete], trail.Select(a => a.Action).Order());
        Assert.All(trail, a => Assert.Equal("coordinator", a.UserName));
    }

    [Fact]
    public async Task MemberSeesTheRequirementsWithoutFormsAndItsPostsAreRefused()
    {
        var ids = await IdsAsync(app);
        var viettel = await app.SignedInAsync("viettel");
        var html = WebUtility.HtmlDecode(await viettel.GetStringAsync(Page));
        Assert.Contains("Doanh nghiệp viễn thông", html);
        Assert.Contains("data-testid=\"requirements\"", html);
        Assert.DoesNotContain("add-requirement", html);
        Assert.DoesNotContain("handler=Delete", html);
        Assert.DoesNotContain("Thêm yêu cầu", html);

        var (count, audits) = await CountsAsync();
        var existing = await app.WithDbAsync(db => db.Set<CoverageRequirement>().Select(r => r.Id).FirstAsync());
        var add = await PostAsync(viettel, "Add", new()
        {
            ["Input.CampaignId"] = ids.Campaign.ToString(), ["Input.OrganizationKind"] = "Police", ["Input.Phase"] = "During", ["Input.Mode"] = "Daily",
        });
        await AssertForbiddenAsync(viettel, add);
        await AssertForbiddenAsync(viettel, await PostAsync(viettel, $"Delete&requirementId={existing}", []));
        Assert.Equal((count, audits), await CountsAsync());
    }

    [Fact]
    public async Task BadFormPostsShowFieldErrorsKeepTheInputAndWriteNothing()
    {
        var ids = await IdsAsync(app);
        var coordinator = await app.SignedInAsync("coordinator");
        var (count, audits) = await CountsAsync();

        var neither = await PostAsync(coordinator, "Add", new()
        {
            ["Input.CampaignId"] = ids.Campaign.ToString(), ["Input.Phase"] = "After", ["Input.Mode"] = "Daily", ["Input.Role"] = "Leader",
        });
        Assert.Equal(HttpStatusCode.OK, neither.StatusCode);
        var html = WebUtility.HtmlDecode(await neither.Content.ReadAsStringAsync());
        Assert.Contains("Chọn một tổ chức hoặc một loại tổ chức.", html);
        Assert.Contains("data-valmsg-for=\"Input.organizationId\"", html);
        Assert.Contains("<option value=\"After\" selected=\"selected\">", html);
        Assert.Contains("<option value=\"Daily\" selected=\"selected\">", html);
        Assert.Contains("<option value=\"Leader\" selected=\"selected\">", html);

        var badPhase = await PostAsync(coordinator, "Add", new()
        {
            ["Input.CampaignId"] = ids.Campaign.ToString(), ["Input.OrganizationKind"] = "Police", ["Input.Phase"] = "<script>x</script>", ["Input.Mode"] = "Continuous",
        });
        Assert.Equal(HttpStatusCode.OK, badPhase.StatusCode);
        var raw = await badPhase.Content.ReadAsStringAsync();
        Assert.Contains("Giai đoạn không hợp lệ.", WebUtility.HtmlDecode(raw));
        Assert.Contains("<option value=\"Police\" selected=\"selected\">", raw);
        Assert.DoesNotContain("<script>x", raw);

        var noCampaign = await PostAsync(coordinator, "Add", new()
        {
            ["Input.CampaignId"] = Guid.NewGuid().ToString(), ["Input.OrganizationKind"] = "Police", ["Input.Phase"] = "During", ["Input.Mode"] = "Continuous",
        });
        Assert.Equal(HttpStatusCode.OK, noCampaign.StatusCode);
        Assert.Contains("Không tìm thấy chiến dịch.", WebUtility.HtmlDecode(await noCampaign.Content.ReadAsStringAsync()));

        var wrongTypes = await PostAsync(coordinator, "Add", new() { ["Input.CampaignId"] = "abc", ["Input.OrganizationId"] = "'; DROP TABLE x; --", ["Input.Mode"] = new string('x', 10_000) });
        Assert.Equal(HttpStatusCode.OK, wrongTypes.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(coordinator, $"Delete&requirementId={Guid.NewGuid()}", [])).StatusCode);
        Assert.Equal((count, audits), await CountsAsync());
    }

    private Task<(int Requirements, int Audits)> CountsAsync() => app.WithDbAsync(async db =>
        (await db.Set<CoverageRequirement>().CountAsync(), await db.Set<AuditEntry>().CountAsync(a => a.EntityType == "CoverageRequirement")));

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await SignIn.AntiforgeryTokenAsync(client, Page);
        return await client.PostAsync($"{Page}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    private static async Task AssertForbiddenAsync(HttpClient client, HttpResponseMessage response)
    {
        // Cookie sign-in turns Forbid() into a redirect; the page it leads to answers 403.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Accounts/AccessDenied", response.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(response.Headers.Location)).StatusCode);
    }
}

public sealed class SqliteDutyRequirementsPageTests(SqliteDutyAppFactory app) : DutyRequirementsPageTests(app), IClassFixture<SqliteDutyAppFactory>;
