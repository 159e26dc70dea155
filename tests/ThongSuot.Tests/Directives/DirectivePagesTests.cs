using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ThongSuot.Features.Directives;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Directives.DirectivesTestData;

namespace ThongSuot.Tests.Directives;

public abstract class DirectivePagesTests(AppFactory app)
{
    [Fact]
    public async Task CoordinatorEditsWithTheFormButtonsSavesPreviewsIssuesAndTheCampaignPageShowsTheTree()
    {
        var client = await app.SignedInAsync("coordinator");
        var c = await CampaignAsync(app);
        var (viettel, donghoi) = (await OrgAsync(app, "VIETTEL"), await OrgAsync(app, "UBND-DONGHOI"));

        // Create through the page: it opens the editor of the new draft.
        var token = await SignIn.AntiforgeryTokenAsync(client, $"/Directives/Create?campaignId={c.Id}");
        var created = await client.PostAsync("/Directives/Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.CampaignId"] = c.Id.ToString(), ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editUrl = created.Headers.Location!.OriginalString;
        var id = Guid.Parse(editUrl[(editUrl.LastIndexOf('/') + 1)..]);
        var draft = await ExpectAsync(await client.GetAsync($"/api/v1/directives/{id}"), HttpStatusCode.OK);
        await ExpectAsync(await client.PutAsJsonAsync($"/api/v1/directives/{id}", Content(c, viettel, donghoi, Revision(draft))), HttpStatusCode.OK);

        // "Add task" to section 1 keeps what was typed and adds an empty task; nothing is saved.
        var fields = Form(await client.GetStringAsync(editUrl));
        Set(fields, "Input.Subject", "Đảm bảo thông tin <script>alert(1)</script>");
        var added = await client.PostAsync(editUrl, new FormUrlEncodedContent(fields.Append(new("Op", "add-task:0"))));
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var addedHtml = await added.Content.ReadAsStringAsync();
        fields = Form(addedHtml);
        Assert.Contains(fields, f => f.Key == "Input.Sections[0].Tasks[2].Text");
        Assert.Equal("Đảm bảo thông tin <script>alert(1)</script>", fields.Single(f => f.Key == "Input.Subject").Value);
        Assert.Equal(2, (await FindAsync(app, id))!.Sections.Single(s => s.Order == 0).Tasks.Count);

        // Saving with the new task left empty: the error sits beside it and nothing is saved.
        var invalid = await client.PostAsync(editUrl, new FormUrlEncodedContent(fields.Append(new("Op", "save"))));
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var invalidHtml = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("data-valmsg-for=\"Input.Sections[0].Tasks[2].Text\"", invalidHtml);
        Assert.Contains("Nội dung nhiệm vụ là bắt buộc.", WebUtility.HtmlDecode(invalidHtml));

        fields = Form(invalidHtml);
        Set(fields, "Input.Sections[0].Tasks[2].Text", "Kiểm tra máy phát điện dự phòng.");
        Set(fields, "Input.Sections[0].Tasks[2].DueDate", c.To.AddDays(10).ToString("yyyy-MM-dd"));
        var preview = await client.PostAsync(editUrl, new FormUrlEncodedContent(fields.Append(new("Op", "preview"))));
        var previewHtml = await preview.Content.ReadAsStringAsync();
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", previewHtml);
        Assert.Contains("&lt;script&gt;", previewHtml);
        Assert.DoesNotContain("<script>alert(1)", previewHtml);

        var saved = await client.PostAsync(editUrl, new FormUrlEncodedContent(fields.Append(new("Op", "save"))));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = (await FindAsync(app, id))!;
        Assert.Equal(3, stored.Sections.Single(s => s.Order == 0).Tasks.Count);
        var editHtml = await client.GetStringAsync(editUrl);
        Assert.Contains("data-testid=\"task-warning\"", editHtml);

        // Move the due date back inside the campaign, then issue through the confirmation page.
        fields = Form(editHtml);
        Set(fields, "Input.Sections[0].Tasks[2].DueDate", c.From.ToString("yyyy-MM-dd"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync(editUrl, new FormUrlEncodedContent(fields.Append(new("Op", "save"))))).StatusCode);
        var confirm = await client.GetStringAsync($"/Directives/Issue/{id}");
        Assert.Contains("data-testid=\"next-number\"", confirm);
        token = await SignIn.AntiforgeryTokenAsync(client, $"/Directives/Issue/{id}");
        var issued = await client.PostAsync($"/Directives/Issue/{id}", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Number"] = "", ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        Assert.Equal(DirectiveStatus.Issued, (await FindAsync(app, id))!.Status);

        var details = await client.GetStringAsync($"/Directives/Details/{id}");
        Assert.Contains("Kính gửi:", details);
        Assert.Contains("Kiểm tra máy phát điện dự phòng.", details);
        Assert.Contains("/document.pdf", details);
        Assert.DoesNotContain("<script>alert(1)", details);
        // Issued: the editor sends back to the letter.
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(editUrl)).StatusCode);

        var campaign = await client.GetStringAsync($"/Campaigns/Details/{c.Id}");
        Assert.Contains($"data-letter-id=\"{id}\"", campaign);
    }

    [Fact]
    public async Task MemberCannotOpenAnotherOrganisationsDraftNorEditTheDepartmentsLetter()
    {
        var coordinator = await app.SignedInAsync("coordinator");
        var c = await CampaignAsync(app);
        var department = Id(await CreateAsync(coordinator, new { campaignId = c.Id }));
        var viettel = await app.SignedInAsync("viettel");
        var viettelDraft = Id(await CreateAsync(viettel, new { campaignId = c.Id }));
        var vnpt = await app.SignedInAsync("vnpt");

        Assert.Equal(HttpStatusCode.NotFound, (await vnpt.GetAsync($"/Directives/Details/{viettelDraft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await vnpt.GetAsync($"/Directives/Edit/{department}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viettel.GetAsync($"/Directives/Edit/{viettelDraft}")).StatusCode);
        var viewer = await app.SignedInAsync("viewer");
        Assert.NotEqual(HttpStatusCode.OK, (await viewer.GetAsync($"/Directives/Edit/{department}")).StatusCode);
        var list = await vnpt.GetStringAsync("/Directives");
        Assert.DoesNotContain(viettelDraft.ToString(), list);
    }

    /// <summary>The form's fields as a browser would send them (checked boxes, selected options, no buttons).</summary>
    internal static List<KeyValuePair<string, string>> Form(string html)
    {
        var doc = new HtmlParser().ParseDocument(html);
        var form = doc.QuerySelector("form[data-testid=editor]")!;
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var e in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = e.GetAttribute("name")!;
            switch (e)
            {
                case IHtmlInputElement { Type: "checkbox" } box: if (box.IsChecked) fields.Add(new(name, box.Value)); break;
                case IHtmlInputElement input: fields.Add(new(name, input.Value)); break;
                case IHtmlTextAreaElement area: fields.Add(new(name, area.Value)); break;
                case IHtmlSelectElement select:
                    foreach (var option in select.Options.Where(o => o.IsSelected)) fields.Add(new(name, option.Value));
                    break;
            }
        }
        return fields;
    }

    internal static void Set(List<KeyValuePair<string, string>> fields, string name, string value)
    {
        var i = fields.FindIndex(f => f.Key == name);
        if (i < 0) throw new InvalidOperationException($"No field {name}.");
        fields[i] = new(name, value);
    }
}

public sealed class DirectivePagesTestsOnSqlite(SqliteAppFactory app) : DirectivePagesTests(app), IClassFixture<SqliteAppFactory>;
