using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Audit;
using ThongSuot.Features.Compliance;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Compliance.BoardTestKit;

namespace ThongSuot.Tests.Compliance;

public abstract class ReadinessFormsTests(AppFactory app)
{
    private static object Field(string key, string label, string type = "WholeNumber", string? unit = "người", bool summable = false,
        decimal? min = null, decimal? max = null, string[]? options = null, string repeat = "None") =>
        new { key, label, type, unit, required = false, min, max, maxLength = (int?)null, help = (string?)null, summable, repeat, options };

    private static object Body(string code, object[] fields, Guid? revision = null, string[]? kinds = null) => new
    {
        revision, code, name = $"Biểu mẫu thử {code}", description = "Mô tả thử", organizationKinds = kinds ?? ["TelecomOperator"], isActive = true, fields,
    };

    private async Task<JsonElement> CreateAsync(HttpClient client, string code, params object[] fields)
    {
        var response = await client.PostAsJsonAsync("/api/v1/compliance/forms", Body(code, fields));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private Task<ReadinessForm> FormAsync(Guid id) => app.WithDbAsync(db => db.Set<ReadinessForm>().AsNoTracking().SingleAsync(f => f.Id == id));

    [Fact]
    public async Task EveryShippedFormReadsBackWithUniqueWellFormedKeys()
    {
        var stored = await app.WithDbAsync(db => db.Set<ReadinessForm>().AsNoTracking().ToDictionaryAsync(f => f.Id));
        Assert.Equal(4, ReadinessFormCatalog.All.Count);
        foreach (var shipped in ReadinessFormCatalog.All)
        {
            var form = stored[shipped.Id];
            Assert.Equal(shipped.Code, form.Code);
            Assert.Equal(shipped.Kinds, form.Kinds);
            var fields = form.FieldList();
            Assert.Equal(shipped.Fields, fields, (a, b) => a.Key == b.Key && a.Label == b.Label && a.Type == b.Type && a.Unit == b.Unit
                && a.Summable == b.Summable && a.Repeat == b.Repeat && a.Min == b.Min && a.Max == b.Max && a.Required == b.Required);
            Assert.Equal(fields.Count, fields.Select(f => f.Key).Distinct().Count());
            Assert.All(fields, f => Assert.Matches(ReadinessFormRules.KeyPattern(), f.Key));
            Assert.All(fields.Where(f => f.Summable), f => Assert.Contains(f.Type, new[] { ReadinessFieldType.WholeNumber, ReadinessFieldType.Number }));
            // A shipped definition passes the editor's own rules, so saving it unchanged never fails.
            var errors = new ThongSuot.Shared.FieldErrors();
            ReadinessFormRules.Check((await GetAsync(shipped.Id)).ToRequest(), new Dictionary<string, ReadinessField>(), errors);
            Assert.False(errors.Any, string.Join("; ", errors.ToDictionary().SelectMany(e => e.Value)));
        }
        Assert.Contains(ReadinessFormCatalog.Operator.Fields, f => f.Key == "subscribers_by_area" && f.Repeat == ReadinessFieldRepeat.Area && f.Summable);
        Assert.Contains(ReadinessFormCatalog.Police.Fields, f => f.Type == ReadinessFieldType.LongText && f.Repeat == ReadinessFieldRepeat.KeySite);
    }

    private async Task<ReadinessFormDto> GetAsync(Guid id)
    {
        var client = await app.SignedInAsync("viettel");
        return (await client.GetFromJsonAsync<ReadinessFormDto>($"/api/v1/compliance/forms/{id}", Json))!;
    }

    [Fact]
    public async Task CoordinatorAddsAFieldInTheEditorAndTheDefinitionHasIt()
    {
        var coordinator = await app.SignedInAsync("coordinator");
        var created = await CreateAsync(coordinator, "editor_add", Field("staff", "Số người trực", summable: true));
        var id = created.GetProperty("id").GetGuid();
        var token = await SignIn.AntiforgeryTokenAsync(coordinator, $"/Compliance/Forms/Edit/{id}");
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Revision"] = created.GetProperty("revision").GetString()!,
            ["Input.Code"] = "editor_add", ["Input.Name"] = "Biểu mẫu thử editor_add", ["Input.OrganizationKinds"] = "TelecomOperator", ["Input.IsActive"] = "true",
            ["Input.Fields[0].Key"] = "staff", ["Input.Fields[0].Label"] = "Số người trực", ["Input.Fields[0].Type"] = "WholeNumber", ["Input.Fields[0].Summable"] = "true",
            ["Input.Fields[0].Repeat"] = "None",
        };

        // "Thêm trường" only adds an empty field to the page; nothing is saved.
        var added = await coordinator.PostAsync($"/Compliance/Forms/Edit/{id}", new FormUrlEncodedContent(form.Append(new("Op", "add-field"))));
        var html = await added.Content.ReadAsStringAsync();
        Assert.Equal(2, html.Split("data-testid=\"field\"").Length - 1);
        Assert.Single((await FormAsync(id)).FieldList());

        form["Input.Fields[1].Key"] = "generators";
        form["Input.Fields[1].Label"] = "Máy phát điện";
        form["Input.Fields[1].Type"] = "Number";
        form["Input.Fields[1].Unit"] = "máy";
        form["Input.Fields[1].Min"] = "0";
        form["Input.Fields[1].Max"] = "12,5";
        form["Input.Fields[1].Summable"] = "true";
        form["Input.Fields[1].Repeat"] = "KeySite";
        var saved = await coordinator.PostAsync($"/Compliance/Forms/Edit/{id}", new FormUrlEncodedContent(form.Append(new("Op", "save"))));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var stored = await FormAsync(id);
        var generators = ReadinessFieldsJson.Read(stored.Fields).Single(f => f.Key == "generators");
        Assert.Equal(new ReadinessField("generators", "Máy phát điện", ReadinessFieldType.Number, "máy", Min: 0, Max: 12.5m, Summable: true, Repeat: ReadinessFieldRepeat.KeySite), generators);
        Assert.NotEqual(created.GetProperty("revision").GetGuid(), stored.Revision);
        var audit = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == nameof(ReadinessForm) && a.EntityId == id.ToString()).ToListAsync());
        Assert.Contains(audit, a => a.Action == AuditAction.Create);
        Assert.Contains(audit, a => a.Action == AuditAction.Update && a.After!.Contains("generators"));

        // Posting the old revision again is stale: 409 with a message, nothing saved.
        var stale = await coordinator.PostAsync($"/Compliance/Forms/Edit/{id}", new FormUrlEncodedContent(form.Append(new("Op", "save"))));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("data-testid=\"error\"", await stale.Content.ReadAsStringAsync());
        Assert.Equal(stored.Revision, (await FormAsync(id)).Revision);
    }

    [Fact]
    public async Task BadDefinitionsGiveFieldErrorsAndNothingIsSaved()
    {
        var coordinator = await app.SignedInAsync("coordinator");
        var created = await CreateAsync(coordinator, "bad_defs", Field("staff", "Số người trực"));
        var id = created.GetProperty("id").GetGuid();
        var revision = created.GetProperty("revision").GetGuid();
        var before = await FormAsync(id);
        var cases = new (object[] Fields, string Error)[]
        {
            ([Field("staff", "A"), Field("staff", "B")], "fields[1].key"),
            ([Field("Staff-1", "A")], "fields[0].key"),
            ([Field("1staff", "A")], "fields[0].key"),
            ([Field(new string('a', 41), "A")], "fields[0].key"),
            ([Field("staff", "")], "fields[0].label"),
            ([Field("staff", "A", min: 10, max: 1)], "fields[0].max"),
            ([Field("staff", "A", type: "Choice")], "fields[0].options"),
            ([Field("staff", "A", type: "Text", summable: true)], "fields[0].summable"),
            ([Field("staff", "A", type: "Sometimes")], "fields[0].type"),
            ([Field("staff", "A", repeat: "Weekly")], "fields[0].repeat"),
            ([], "fields"),
        };
        foreach (var (fields, error) in cases)
        {
            var response = await coordinator.PutAsJsonAsync($"/api/v1/compliance/forms/{id}", Body("bad_defs", fields, revision));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
            Assert.True(errors.TryGetProperty(error, out _), $"{error} not in {errors}");
        }
        var badCode = await coordinator.PostAsJsonAsync("/api/v1/compliance/forms", Body("operator", [Field("x", "X")]));
        Assert.Equal(HttpStatusCode.BadRequest, badCode.StatusCode);
        var noKinds = await coordinator.PostAsJsonAsync("/api/v1/compliance/forms", Body("no_kinds", [Field("x", "X")], kinds: ["Spaceport"]));
        Assert.Equal(HttpStatusCode.BadRequest, noKinds.StatusCode);
        var after = await FormAsync(id);
        Assert.Equal(before.Fields, after.Fields);
        Assert.Equal(before.Revision, after.Revision);
        Assert.False(await app.WithDbAsync(db => db.Set<ReadinessForm>().AnyAsync(f => f.Code == "no_kinds")));

        // The page shows the message beside the field and keeps what was typed.
        var token = await SignIn.AntiforgeryTokenAsync(coordinator, $"/Compliance/Forms/Edit/{id}");
        var page = await coordinator.PostAsync($"/Compliance/Forms/Edit/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Op"] = "save", ["Input.Revision"] = revision.ToString(), ["Input.Code"] = "bad_defs",
            ["Input.Name"] = "Tên", ["Input.OrganizationKinds"] = "Police", ["Input.Fields[0].Key"] = "staff", ["Input.Fields[0].Label"] = "Nhãn giữ lại",
            ["Input.Fields[0].Type"] = "WholeNumber", ["Input.Fields[0].Min"] = "abc", ["Input.Fields[0].Repeat"] = "None",
        }));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Giá trị nhỏ nhất phải là số.", html);
        Assert.Contains("value=\"Nhãn giữ lại\"", html);
        Assert.Equal(before.Revision, (await FormAsync(id)).Revision);
    }

    [Fact]
    public async Task AKeyThatReportsUseCannotBeRemovedOrChangeTypeAndAUsedFormCannotBeDeleted()
    {
        var coordinator = await app.SignedInAsync("coordinator");
        var created = await CreateAsync(coordinator, "used_keys", Field("staff", "Số người trực"), Field("note", "Ghi chú", type: "Text", unit: null));
        var id = created.GetProperty("id").GetGuid();
        var revision = created.GetProperty("revision").GetGuid();
        var orgs = await OrgsAsync(app);
        var letter = await LetterAsync(app, new DateOnly(2027, 1, 20));
        var assignment = await AssignAsync(app, letter, 0, orgs["VIETTEL"], AssignmentStatus.Submitted, id);
        await ReportAsync(app, assignment, 1, DateTime.UtcNow, ReportReview.Pending, """{"staff": 3}""");

        var got = await coordinator.GetFromJsonAsync<JsonElement>($"/api/v1/compliance/forms/{id}");
        Assert.Equal(["staff"], got.GetProperty("usedKeys").EnumerateArray().Select(k => k.GetString()));
        var removed = await coordinator.PutAsJsonAsync($"/api/v1/compliance/forms/{id}", Body("used_keys", [Field("note", "Ghi chú", type: "Text", unit: null)], revision));
        Assert.Equal(HttpStatusCode.BadRequest, removed.StatusCode);
        Assert.Contains("đã có báo cáo nộp giá trị", (await removed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("fields")[0].GetString());
        var retyped = await coordinator.PutAsJsonAsync($"/api/v1/compliance/forms/{id}", Body("used_keys", [Field("staff", "Số người trực", type: "Text", unit: null)], revision));
        Assert.Equal(HttpStatusCode.BadRequest, retyped.StatusCode);
        Assert.True((await retyped.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("fields[0].type", out _));
        // An unused key may go, and the used one may be relabelled.
        var ok = await coordinator.PutAsJsonAsync($"/api/v1/compliance/forms/{id}", Body("used_keys", [Field("staff", "Số cán bộ trực")], revision));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await coordinator.DeleteAsync($"/api/v1/compliance/forms/{id}")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Set<ReadinessForm>().AnyAsync(f => f.Id == id)));
        // Stale revision through the API.
        Assert.Equal(HttpStatusCode.Conflict, (await coordinator.PutAsJsonAsync($"/api/v1/compliance/forms/{id}", Body("used_keys", [Field("staff", "X")], revision))).StatusCode);
    }

    [Fact]
    public async Task MembersReadFormsButOnlyCoordinatorsAndAdminsWriteThem()
    {
        var member = await app.SignedInAsync("viettel");
        var list = await member.GetFromJsonAsync<JsonElement>("/api/v1/compliance/forms");
        Assert.Contains(list.EnumerateArray(), f => f.GetProperty("code").GetString() == "operator");
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync("/api/v1/compliance/forms", Body("member_form", [Field("x", "X")]))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PutAsJsonAsync($"/api/v1/compliance/forms/{ReadinessFormCatalog.OperatorId}", Body("operator", [Field("x", "X")], Guid.NewGuid()))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.DeleteAsync($"/api/v1/compliance/forms/{ReadinessFormCatalog.PostalId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync("leader")).DeleteAsync($"/api/v1/compliance/forms/{ReadinessFormCatalog.PostalId}")).StatusCode);
        var page = await member.GetStringAsync($"/Compliance/Forms/Edit/{ReadinessFormCatalog.OperatorId}");
        Assert.Contains("Trạm BTS lưu động sẵn sàng", page);
        Assert.DoesNotContain("data-testid=\"save\"", page);
        Assert.Contains("Báo cáo sẵn sàng của doanh nghiệp bưu chính", await member.GetStringAsync("/Compliance/Forms"));
        Assert.Equal(4, await app.WithDbAsync(db => db.Set<ReadinessForm>().CountAsync(f => f.Code == "operator" || f.Code == "commune" || f.Code == "police" || f.Code == "postal")));

        var admin = await app.SignedInAsync("admin");
        var created = await CreateAsync(admin, "admin_form", Field("x", "X"));
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/compliance/forms/{id}")).StatusCode);
        Assert.Contains(await app.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == nameof(ReadinessForm) && a.EntityId == id.ToString()).Select(a => a.Action).ToListAsync()), a => a == AuditAction.Delete);
        var openApi = await admin.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/compliance/forms/{id}", openApi);
        Assert.Contains("/api/v1/compliance/board.xlsx", openApi);
    }
}

public sealed class SqliteReadinessFormsTests(SqliteBoardAppFactory app) : ReadinessFormsTests(app), IClassFixture<SqliteBoardAppFactory>;
