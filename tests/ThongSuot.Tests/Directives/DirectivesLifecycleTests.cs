using System.Net;
using System.Net.Http.Json;
using ThongSuot.Features.Audit;
using ThongSuot.Features.Directives;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Directives.DirectivesTestData;

namespace ThongSuot.Tests.Directives;

public abstract class DirectivesLifecycleTests(AppFactory app)
{
    [Fact]
    public async Task DraftIsEditedIssuedFrozenThenCorrectedAndTheIssuedCorrectionSupersedesTheFirst()
    {
        var client = await app.SignedInAsync("coordinator");
        var c = await CampaignAsync(app);
        var (viettel, donghoi) = (await OrgAsync(app, "VIETTEL"), await OrgAsync(app, "UBND-DONGHOI"));

        var draft = await CreateAsync(client, new { campaignId = c.Id });
        var id = Id(draft);
        Assert.Equal("Draft", draft.GetProperty("status").GetString());
        Assert.Equal("UBND TỈNH QUẢNG TRỊ", draft.GetProperty("parentAgency").GetString());
        Assert.Equal("Sở Khoa học và Công nghệ tỉnh Quảng Trị", draft.GetProperty("issuingAgency").GetString());
        Assert.Equal("SKHCN-BCVT", draft.GetProperty("symbol").GetString());

        var saved = await ExpectAsync(await client.PutAsJsonAsync($"/api/v1/directives/{id}", Content(c, viettel, donghoi, Revision(draft))), HttpStatusCode.OK);
        Assert.Equal(4, saved.GetProperty("sections").GetArrayLength());
        Assert.Equal(0, saved.GetProperty("warnings").GetArrayLength());

        var issued = await IssueAsync(client, id);
        Assert.Equal("Issued", issued.GetProperty("status").GetString());
        var number = issued.GetProperty("number").GetInt32();
        Assert.Equal($"{number:00}/SKHCN-BCVT", issued.GetProperty("numberText").GetString());
        Assert.NotEqual(JsonValueKindNull, issued.GetProperty("issuedOn").ValueKind);

        var frozen = await client.PutAsJsonAsync($"/api/v1/directives/{id}", Content(c, viettel, donghoi, Revision(issued), subject: "Sửa sau khi ban hành"));
        Assert.Equal(HttpStatusCode.Conflict, frozen.StatusCode);
        Assert.Equal(DirectivesService.FrozenMessage, await TitleAsync(frozen));
        Assert.Equal(HttpStatusCode.Conflict, (await client.DeleteAsync($"/api/v1/directives/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync($"/api/v1/directives/{id}/issue", new { })).StatusCode);

        var v2 = await ExpectAsync(await client.PostAsync($"/api/v1/directives/{id}/correct", null), HttpStatusCode.Created);
        var v2Id = Id(v2);
        Assert.Equal(2, v2.GetProperty("version").GetInt32());
        Assert.Equal(id, v2.GetProperty("previousVersionId").GetGuid());
        Assert.Equal("Draft", v2.GetProperty("status").GetString());
        Assert.Equal(4, v2.GetProperty("sections").GetArrayLength());
        Assert.Equal([0], v2.GetProperty("sections")[0].GetProperty("recipientIndexes").EnumerateArray().Select(x => x.GetInt32()));
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/v1/directives/{id}/correct", null)).StatusCode);

        var v1Seen = await ExpectAsync(await client.GetAsync($"/api/v1/directives/{id}"), HttpStatusCode.OK);
        Assert.Equal([id, v2Id], v1Seen.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("id").GetGuid()));

        var v2Issued = await IssueAsync(client, v2Id);
        Assert.Equal(number + 1, v2Issued.GetProperty("number").GetInt32());
        Assert.Equal(DirectiveStatus.Superseded, (await FindAsync(app, id))!.Status);
        Assert.Equal([id, v2Id], v2Issued.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("id").GetGuid()));

        var audit = await AuditAsync(app, id);
        Assert.Equal(AuditAction.Create, audit[0].Action);
        Assert.True(audit.Count(a => a.Action == AuditAction.Update) >= 3, "save, issue and supersede are each audited");
        Assert.All(audit, a => Assert.Equal("coordinator", a.UserName));
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    [Fact]
    public async Task RegisterNumbersFollowEachOtherPerIssuerAndATakenNumberIsRefused()
    {
        var client = await app.SignedInAsync("coordinator");
        var c = await CampaignAsync(app);
        var (viettel, donghoi) = (await OrgAsync(app, "VIETTEL"), await OrgAsync(app, "UBND-DONGHOI"));
        async Task<Guid> Ready(Guid? issuer = null)
        {
            var d = await CreateAsync(client, new { campaignId = c.Id, organizationId = issuer });
            await ExpectAsync(await client.PutAsJsonAsync($"/api/v1/directives/{Id(d)}", Content(c, viettel, donghoi, Revision(d))), HttpStatusCode.OK);
            return Id(d);
        }

        // Above the demo's letters of the year, so the next number is the chosen one plus one.
        var chosen = await IssueAsync(client, await Ready(), 9000);
        Assert.Equal(9000, chosen.GetProperty("number").GetInt32());
        var next = await IssueAsync(client, await Ready());
        Assert.Equal(9001, next.GetProperty("number").GetInt32());
        // Another issuer's register starts on its own.
        var other = await IssueAsync(client, await Ready(viettel));
        Assert.Equal(1, other.GetProperty("number").GetInt32());

        var third = await Ready();
        var taken = await client.PostAsJsonAsync($"/api/v1/directives/{third}/issue", new { number = 9000 });
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Contains("9000", await TitleAsync(taken));
        Assert.Equal(DirectiveStatus.Draft, (await FindAsync(app, third))!.Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync($"/api/v1/directives/{third}/issue", new { number = 0 })).StatusCode);
    }

    [Fact]
    public async Task StaleRevisionGets409AndTheFirstSaveIsKept()
    {
        var client = await app.SignedInAsync("coordinator");
        var c = await CampaignAsync(app);
        var (viettel, donghoi) = (await OrgAsync(app, "VIETTEL"), await OrgAsync(app, "UBND-DONGHOI"));
        var draft = await CreateAsync(client, new { campaignId = c.Id });
        var read = Revision(draft);

        await ExpectAsync(await client.PutAsJsonAsync($"/api/v1/directives/{Id(draft)}", Content(c, viettel, donghoi, read, subject: "Bản của người thứ nhất")), HttpStatusCode.OK);
        var second = await client.PutAsJsonAsync($"/api/v1/directives/{Id(draft)}", Content(c, viettel, donghoi, read, subject: "Bản của người thứ hai"));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(DirectivesService.StaleMessage, await TitleAsync(second));
        Assert.Equal("Bản của người thứ nhất", (await FindAsync(app, Id(draft)))!.Subject);
        Assert.Equal(4, (await FindAsync(app, Id(draft)))!.Sections.Count);
    }

    [Fact]
    public async Task DueDateOutsideTheCampaignWarnsOnSaveAndIsIssuedOnlyOnceAcknowledged()
    {
        var client = await app.SignedInAsync("coordinator");
        var c = await CampaignAsync(app);
        var (viettel, donghoi) = (await OrgAsync(app, "VIETTEL"), await OrgAsync(app, "UBND-DONGHOI"));
        var draft = await CreateAsync(client, new { campaignId = c.Id });

        var saved = await ExpectAsync(await client.PutAsJsonAsync($"/api/v1/directives/{Id(draft)}",
            Content(c, viettel, donghoi, Revision(draft), due: c.To.AddDays(30))), HttpStatusCode.OK);
        var warning = Assert.Single(saved.GetProperty("warnings").EnumerateArray());
        Assert.Equal("sections[0].tasks[1].dueDate", warning.GetProperty("field").GetString());
        Assert.StartsWith("Mục I, nhiệm vụ 2: hạn ", warning.GetProperty("message").GetString());
        Assert.Contains("ngoài thời gian của chiến dịch", warning.GetProperty("message").GetString());

        var issue = await client.PostAsJsonAsync($"/api/v1/directives/{Id(draft)}/issue", new { });
        Assert.Equal(HttpStatusCode.BadRequest, issue.StatusCode);
        Assert.Equal(["sections[0].tasks[1].dueDate", "acknowledgeWarnings"], await ErrorFieldsAsync(issue));
        var stored = (await FindAsync(app, Id(draft)))!;
        Assert.Equal(DirectiveStatus.Draft, stored.Status);
        Assert.Null(stored.Number);

        var issued = await ExpectAsync(await client.PostAsJsonAsync($"/api/v1/directives/{Id(draft)}/issue", new { acknowledgeWarnings = true }), HttpStatusCode.OK);
        Assert.Equal("Issued", issued.GetProperty("status").GetString());
        Assert.Single(issued.GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public async Task AReportWithoutADueDateWarnsAndNeedsAcknowledging()
    {
        var client = await app.SignedInAsync("coordinator");
        var c = await CampaignAsync(app);
        var (viettel, donghoi) = (await OrgAsync(app, "VIETTEL"), await OrgAsync(app, "UBND-DONGHOI"));
        var draft = await CreateAsync(client, new { campaignId = c.Id });
        var body = System.Text.Json.JsonSerializer.SerializeToNode(Content(c, viettel, donghoi, Revision(draft)))!;
        body["sections"]![0]!["tasks"]![1]!["dueDate"] = null;
        body["sections"]![0]!["tasks"]![1]!["text"] = "Báo cáo tình hình về Sở.";
        var saved = await ExpectAsync(await client.PutAsJsonAsync($"/api/v1/directives/{Id(draft)}", body), HttpStatusCode.OK);
        var warning = Assert.Single(saved.GetProperty("warnings").EnumerateArray());
        Assert.Equal("Mục I, nhiệm vụ 2: nhiệm vụ yêu cầu báo cáo nhưng chưa có hạn.", warning.GetProperty("message").GetString());

        var issue = await client.PostAsJsonAsync($"/api/v1/directives/{Id(draft)}/issue", new { });
        Assert.Equal(["sections[0].tasks[1].dueDate", "acknowledgeWarnings"], await ErrorFieldsAsync(issue));
        await ExpectAsync(await client.PostAsJsonAsync($"/api/v1/directives/{Id(draft)}/issue", new { acknowledgeWarnings = true }), HttpStatusCode.OK);
    }
}

public sealed class DirectivesLifecycleTestsOnSqlite(OwnSqliteAppFactory app) : DirectivesLifecycleTests(app), IClassFixture<OwnSqliteAppFactory>;

public sealed class DirectivesLifecycleTestsOnPostgres(OwnPostgresAppFactory app) : DirectivesLifecycleTests(app), IClassFixture<OwnPostgresAppFactory>;
