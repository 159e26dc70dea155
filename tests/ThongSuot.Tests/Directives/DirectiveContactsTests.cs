using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Organizations;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Directives.DirectivePagesTests;
using static ThongSuot.Tests.Directives.DirectivesTestData;

namespace ThongSuot.Tests.Directives;

/// <summary>The letter editor inserts hotlines and people from the duty directory into the contacts.</summary>
public abstract class DirectiveContactsTests(AppFactory app)
{
    [Fact]
    public async Task CoordinatorInsertsTheviettelHotlineThroughTheFormAndTheSavedLetterPrintsIt()
    {
        var client = await app.SignedInAsync("coordinator");
        var (id, editUrl) = await DraftAsync(client);
        var viettel = await OrgAsync(app, "VIETTEL");
        // "Đường dây nóng Viettel Quảng Trị: 0233 …": the name and hotline the directory holds.
        var hotline = await app.WithDbAsync(db => db.Set<Organization>().Where(o => o.Id == viettel).Select(o => o.Hotline).SingleAsync());
        Assert.False(string.IsNullOrWhiteSpace(hotline));
        var viettelHotline = $"Đường dây nóng Viettel Quảng Trị: {hotline}";

        var fields = Form(await client.GetStringAsync(editUrl));
        Assert.Contains($"org:{viettel}", Options(await client.GetStringAsync(editUrl)));
        Set(fields, "Input.Subject", "Bảo đảm thông tin Tết, chưa lưu");
        Choose(fields, $"org:{viettel}");
        var inserted = await client.PostAsync(editUrl, new FormUrlEncodedContent(fields.Append(new("Op", "insert-contact"))));
        Assert.Equal(HttpStatusCode.OK, inserted.StatusCode);
        fields = Form(await inserted.Content.ReadAsStringAsync());
        Assert.Equal(["Đầu mối liên hệ: Phòng BCVT, ĐT: 0233 3900 199", viettelHotline], Lines(Value(fields, "Input.Contacts")));
        Assert.Equal("Bảo đảm thông tin Tết, chưa lưu", Value(fields, "Input.Subject"));
        Assert.Null(new HtmlParser().ParseDocument(await inserted.Content.ReadAsStringAsync()).QuerySelector("select[name=ContactEntry] option[selected]"));
        Assert.DoesNotContain(viettelHotline, (await FindAsync(app, id))!.Contacts);

        var saved = await client.PostAsync(editUrl, new FormUrlEncodedContent(fields.Append(new("Op", "save"))));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = (await FindAsync(app, id))!;
        Assert.Contains(viettelHotline, Lines(stored.Contacts));
        Assert.Equal("Bảo đảm thông tin Tết, chưa lưu", stored.Subject);

        var docx = await client.GetAsync($"/api/v1/directives/{id}/document.docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using var stream = new MemoryStream(await docx.Content.ReadAsByteArrayAsync());
        using var word = WordprocessingDocument.Open(stream, false);
        Assert.Contains(viettelHotline, word.MainDocumentPart!.Document!.Body!.InnerText);
    }

    [Fact]
    public async Task MemberOnlySeesTheEntriesTheDirectoryShowsThemAndCannotInsertAnotherOrganisationsPerson()
    {
        var member = await app.SignedInAsync("viettel");
        var (id, editUrl) = await DraftAsync(member, content: false);
        var html = await member.GetStringAsync(editUrl);
        var offered = Options(html).Where(v => v.StartsWith("person:", StringComparison.Ordinal)).Select(v => Guid.Parse(v["person:".Length..])).ToHashSet();

        var directory = await ExpectAsync(await member.GetAsync("/api/v1/duty/directory"), HttpStatusCode.OK);
        var shown = directory.EnumerateArray().SelectMany(e => e.GetProperty("people").EnumerateArray()).Select(p => p.GetProperty("id").GetGuid()).ToHashSet();
        var viettel = await OrgAsync(app, "VIETTEL");
        var own = await PeopleAsync(app, "VIETTEL");
        var vnpt = await PeopleAsync(app, "VNPT");
        Assert.NotEmpty(offered);
        Assert.Subset(shown, offered);
        Assert.Equal(own.ToHashSet(), offered);
        Assert.DoesNotContain(offered, p => vnpt.Contains(p));
        // Hotlines are public: every organisation with one is offered.
        Assert.Contains($"org:{await OrgAsync(app, "VNPT")}", Options(html));
        // Its own people are named without repeating the organisation.
        Assert.DoesNotContain("Phó Giám đốc, Viettel Quảng Trị", System.Net.WebUtility.HtmlDecode(html));
        Assert.Contains("Đ/c Lê Văn Cường – Phó Giám đốc, điện thoại: ", System.Net.WebUtility.HtmlDecode(html));
        Assert.Contains($"org:{viettel}", Options(html));

        var before = (await FindAsync(app, id))!;
        var fields = Form(html);
        Choose(fields, $"person:{vnpt[0]}");
        var refused = await member.PostAsync(editUrl, new FormUrlEncodedContent(fields.Append(new("Op", "insert-contact"))));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Mục này không có trong danh bạ bạn được xem.", System.Net.WebUtility.HtmlDecode(refusedHtml));
        Assert.Equal(Lines(before.Contacts), Lines(Value(Form(refusedHtml), "Input.Contacts")));
        Assert.Equal(before.Revision, (await FindAsync(app, id))!.Revision);
    }

    [Fact]
    public async Task BogusEntryGivesAFormErrorAndChangesNothing()
    {
        var client = await app.SignedInAsync("coordinator");
        var (id, editUrl) = await DraftAsync(client);
        var before = (await FindAsync(app, id))!;
        var count = await CountAsync(app);
        var html = await client.GetStringAsync(editUrl);
        string[] bogus = ["", "org:", "org:not-a-guid", $"org:{Guid.NewGuid()}", $"person:{Guid.NewGuid()}", "<script>alert(1)</script>",
            "'; DROP TABLE \"Directives\"; --", new string('x', 20_000), $"org:{await OrgAsync(app, "VIETTEL")}:0"];
        foreach (var value in bogus)
        {
            var fields = Form(html);
            Set(fields, "Input.Closing", "Đề nghị thực hiện nghiêm túc, chưa lưu.");
            Choose(fields, value);
            var response = await client.PostAsync(editUrl, new FormUrlEncodedContent(fields.Append(new("Op", "insert-contact"))));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Contains("data-valmsg-for=\"ContactEntry\"", body);
            Assert.Contains(value.Length == 0 ? "Chọn một mục trong danh bạ để chèn." : "Mục này không có trong danh bạ bạn được xem.", System.Net.WebUtility.HtmlDecode(body));
            Assert.DoesNotContain("<script>alert(1)", body);
            var after = Form(body);
            Assert.Equal(Lines(before.Contacts), Lines(Value(after, "Input.Contacts")));
            Assert.Equal("Đề nghị thực hiện nghiêm túc, chưa lưu.", Value(after, "Input.Closing"));
        }

        // A line that would make the contacts too long is refused too.
        var full = Form(html);
        Set(full, "Input.Contacts", new string('a', 1990));
        Choose(full, $"org:{await OrgAsync(app, "VIETTEL")}");
        var tooLong = await client.PostAsync(editUrl, new FormUrlEncodedContent(full.Append(new("Op", "insert-contact"))));
        Assert.Contains("Không chèn được: phần liên hệ sẽ dài quá 2000 ký tự.", System.Net.WebUtility.HtmlDecode(await tooLong.Content.ReadAsStringAsync()));

        Assert.Equal(count, await CountAsync(app));
        var unchanged = (await FindAsync(app, id))!;
        Assert.Equal(before.Revision, unchanged.Revision);
        Assert.Equal(before.Contacts, unchanged.Contacts);
    }

    private async Task<(Guid Id, string EditUrl)> DraftAsync(HttpClient client, bool content = true)
    {
        var c = await CampaignAsync(app);
        var draft = await CreateAsync(client, new { campaignId = c.Id });
        var id = Id(draft);
        if (content)
            await ExpectAsync(await client.PutAsJsonAsync($"/api/v1/directives/{id}",
                Content(c, await OrgAsync(app, "VIETTEL"), await OrgAsync(app, "UBND-DONGHOI"), Revision(draft))), HttpStatusCode.OK);
        return (id, $"/Directives/Edit/{id}");
    }

    private static Task<List<Guid>> PeopleAsync(AppFactory app, string shortName) => app.WithDbAsync(db =>
        db.Set<Person>().Where(p => db.Set<Organization>().Any(o => o.Id == p.OrganizationId && o.ShortName == shortName)).Select(p => p.Id).ToListAsync());

    private static List<string> Options(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll("select[name=ContactEntry] option").Select(o => o.GetAttribute("value") ?? "").ToList();

    /// <summary>The select as a browser sends it (AngleSharp does not select a single select's first option by itself).</summary>
    private static void Choose(List<KeyValuePair<string, string>> fields, string value)
    {
        fields.RemoveAll(f => f.Key == "ContactEntry");
        fields.Add(new("ContactEntry", value));
    }

    private static string Value(List<KeyValuePair<string, string>> fields, string name) => fields.Single(f => f.Key == name).Value;

    private static List<string> Lines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
}

public sealed class DirectiveContactsTestsOnSqlite(OwnSqliteAppFactory app) : DirectiveContactsTests(app), IClassFixture<OwnSqliteAppFactory>;
