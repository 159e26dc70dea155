using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using ThongSuot.Features.Directives;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Directives.DirectivesTestData;

namespace ThongSuot.Tests.Directives;

public abstract class DirectivesAccessTests(AppFactory app)
{
    private async Task<(Guid Id, JsonElementHolder Issued)> IssuedLetterAsync(HttpClient coordinator, string subject)
    {
        var c = await CampaignAsync(app);
        var (viettel, donghoi) = (await OrgAsync(app, "VIETTEL"), await OrgAsync(app, "UBND-DONGHOI"));
        var draft = await CreateAsync(coordinator, new { campaignId = c.Id });
        await ExpectAsync(await coordinator.PutAsJsonAsync($"/api/v1/directives/{Id(draft)}", Content(c, viettel, donghoi, Revision(draft), subject)), HttpStatusCode.OK);
        return (Id(draft), new JsonElementHolder(await IssueAsync(coordinator, Id(draft))));
    }

    public sealed record JsonElementHolder(System.Text.Json.JsonElement Value);

    [Fact]
    public async Task CommuneMemberCascadesALetterAddressedToItsCommitteeToItsOwnUnits()
    {
        var coordinator = await app.SignedInAsync("coordinator");
        var (parentId, issued) = await IssuedLetterAsync(coordinator, "Bảo đảm thông tin liên lạc Tết Đinh Mùi");
        var donghoi = await app.SignedInAsync("donghoi");

        var seen = await ExpectAsync(await donghoi.GetAsync($"/api/v1/directives/{parentId}"), HttpStatusCode.OK);
        Assert.True(seen.GetProperty("can").GetProperty("cascade").GetBoolean());
        var cascade = await ExpectAsync(await donghoi.PostAsync($"/api/v1/directives/{parentId}/cascade", null), HttpStatusCode.Created);

        Assert.Equal(await OrgAsync(app, "UBND-DONGHOI"), cascade.GetProperty("organizationId").GetGuid());
        Assert.Equal(parentId, cascade.GetProperty("parentDirectiveId").GetGuid());
        Assert.Equal("NumberedSections", cascade.GetProperty("sectionStyle").GetString());
        var number = issued.Value.GetProperty("numberText").GetString();
        var date = issued.Value.GetProperty("issuedOn").GetDateTime();
        Assert.Equal($"Công văn số {number} ngày {date.Day}/{date.Month}/{date.Year} của Sở Khoa học và Công nghệ tỉnh Quảng Trị về việc bảo đảm thông tin liên lạc Tết Đinh Mùi",
            Assert.Single(cascade.GetProperty("legalBases").EnumerateArray()).GetString());
        // Section II (to the committee) and the sections to everyone; not section I (to the operators).
        Assert.Equal(["UBND các xã, phường", "Tất cả các đơn vị", "Công an tỉnh"],
            cascade.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("heading").GetString()));
        Assert.Equal("Chỉ đạo Đài truyền thanh cơ sở tuyên truyền bảo đảm an toàn mạng.",
            cascade.GetProperty("sections")[0].GetProperty("tasks")[0].GetProperty("text").GetString());
        var recipient = Assert.Single(cascade.GetProperty("recipients").EnumerateArray());
        Assert.Equal("Đài truyền thanh cơ sở phường Đồng Hới", recipient.GetProperty("label").GetString());
        Assert.Equal(await OrgAsync(app, "DTT-DONGHOI"), Assert.Single(recipient.GetProperty("organizationIds").EnumerateArray()).GetGuid());
        Assert.Equal(parentId, cascade.GetProperty("parent").GetProperty("id").GetGuid());

        // The member edits and issues its own letter; the parent lists it as a child.
        var mine = await ExpectAsync(await donghoi.PostAsJsonAsync($"/api/v1/directives/{Id(cascade)}/issue", new { }), HttpStatusCode.OK);
        Assert.Equal(1, mine.GetProperty("number").GetInt32());
        var parent = await ExpectAsync(await coordinator.GetAsync($"/api/v1/directives/{parentId}"), HttpStatusCode.OK);
        Assert.Contains(Id(cascade), parent.GetProperty("children").EnumerateArray().Select(x => x.GetProperty("id").GetGuid()));
        // Viettel is not a recipient of this cascade and cannot cascade the parent's section meant for the committee as its own... but it is a recipient of the parent.
        var vnpt = await app.SignedInAsync("vnpt");
        Assert.Equal(HttpStatusCode.NotFound, (await vnpt.PostAsync($"/api/v1/directives/{parentId}/cascade", null)).StatusCode);
    }

    [Fact]
    public async Task MemberSeesOnlyItsOwnLettersAndIssuedLettersAddressedToIt()
    {
        var coordinator = await app.SignedInAsync("coordinator");
        var (departmentLetter, _) = await IssuedLetterAsync(coordinator, "Công văn gửi Viettel và Đồng Hới");
        var departmentDraft = Id(await CreateAsync(coordinator, new { campaignId = (await CampaignAsync(app)).Id }));
        var viettel = await app.SignedInAsync("viettel");
        var viettelDraft = Id(await CreateAsync(viettel, new { campaignId = (await CampaignAsync(app)).Id }));
        var vnpt = await app.SignedInAsync("vnpt");

        Assert.Equal(HttpStatusCode.OK, (await viettel.GetAsync($"/api/v1/directives/{departmentLetter}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viettel.GetAsync($"/api/v1/directives/{departmentDraft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await vnpt.GetAsync($"/api/v1/directives/{viettelDraft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await vnpt.GetAsync($"/api/v1/directives/{departmentLetter}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await vnpt.GetAsync($"/api/v1/directives/{departmentLetter}/document.pdf")).StatusCode);
        var list = await ExpectAsync(await vnpt.GetAsync("/api/v1/directives"), HttpStatusCode.OK);
        Assert.DoesNotContain(list.EnumerateArray(), d => d.GetProperty("id").GetGuid() is var x && (x == viettelDraft || x == departmentLetter || x == departmentDraft));

        var before = await CountAsync(app);
        var body = Content(await CampaignAsync(app), await OrgAsync(app, "VIETTEL"), await OrgAsync(app, "UBND-DONGHOI"), Guid.NewGuid());
        Assert.Equal(HttpStatusCode.NotFound, (await vnpt.PutAsJsonAsync($"/api/v1/directives/{departmentDraft}", body)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await vnpt.DeleteAsync($"/api/v1/directives/{viettelDraft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await vnpt.PostAsJsonAsync($"/api/v1/directives/{departmentDraft}/issue", new { })).StatusCode);
        // Viettel reads the department's issued letter but may not correct it, nor create letters for the department.
        Assert.Equal(HttpStatusCode.Forbidden, (await viettel.PostAsync($"/api/v1/directives/{departmentLetter}/correct", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viettel.PostAsJsonAsync("/api/v1/directives",
            new { campaignId = (await CampaignAsync(app)).Id, organizationId = await OrgAsync(app, "SKHCN") })).StatusCode);

        var viewer = await app.SignedInAsync("viewer");
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/v1/directives/{viettelDraft}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync("/api/v1/directives", new { campaignId = (await CampaignAsync(app)).Id })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PutAsJsonAsync($"/api/v1/directives/{departmentDraft}", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"/api/v1/directives/{departmentDraft}/issue", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.DeleteAsync($"/api/v1/directives/{departmentDraft}")).StatusCode);
        Assert.Equal(before, await CountAsync(app));
        Assert.Equal(DirectiveStatus.Draft, (await FindAsync(app, departmentDraft))!.Status);
    }

    [Fact]
    public async Task DocumentsOpenAsDocxAndPdfWithTheSubjectAndTasks()
    {
        var coordinator = await app.SignedInAsync("coordinator");
        var (id, issued) = await IssuedLetterAsync(coordinator, "Bảo đảm thông tin liên lạc phục vụ Tết");
        var number = issued.Value.GetProperty("number").GetInt32();

        var docx = await coordinator.GetAsync($"/api/v1/directives/{id}/document.docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal($"cong-van-{number}-SKHCN-BCVT.docx", docx.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using (var stream = new MemoryStream(await docx.Content.ReadAsByteArrayAsync()))
        using (var word = WordprocessingDocument.Open(stream, false))
        {
            var text = word.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("V/v Bảo đảm thông tin liên lạc phục vụ Tết", text);
            Assert.Contains("Xây dựng phương án ứng cứu thông tin cho các điểm trọng yếu.", text);
            Assert.Contains($"Số: {number:00}/SKHCN-BCVT", text);
        }

        var pdf = await coordinator.GetAsync($"/api/v1/directives/{id}/document.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        var text2 = PdfText(bytes);
        Assert.Contains("Bảo đảm thông tin liên lạc phục vụ Tết", text2.Replace("\n", " ", StringComparison.Ordinal));

        // A draft prints unnumbered.
        var draft = await CreateAsync(coordinator, new { campaignId = (await CampaignAsync(app)).Id });
        var draftDoc = await coordinator.GetAsync($"/api/v1/directives/{Id(draft)}/document.docx");
        Assert.True(draftDoc.IsSuccessStatusCode, await draftDoc.Content.ReadAsStringAsync());
        Assert.Equal("cong-van-du-thao-SKHCN-BCVT.docx", draftDoc.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    private static string PdfText(byte[] pdf)
    {
        var file = Path.GetTempFileName();
        File.WriteAllBytes(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", file, "-"]) { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text;
        }
        finally { File.Delete(file); }
    }
}

public sealed class DirectivesAccessTestsOnSqlite(OwnSqliteAppFactory app) : DirectivesAccessTests(app), IClassFixture<OwnSqliteAppFactory>;
