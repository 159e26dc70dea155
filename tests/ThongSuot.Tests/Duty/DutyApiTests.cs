using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Audit;
using ThongSuot.Features.Duty;
using ThongSuot.Features.Organizations;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Duty.DutyTestKit;

namespace ThongSuot.Tests.Duty;

public abstract class DutyApiTests(AppFactory app)
{
    [Fact]
    public async Task OnDutyNowShowsWhoIsOnShiftAndWhoIsNextForTheFixedClock()
    {
        var client = await app.SignedInAsync("viewer");
        var now = await ReadAsync<NowDto>(await client.GetAsync("/api/v1/duty/now"));

        Assert.Equal(DutyAppFactory.TetMorning.UtcDateTime, now.At);
        Assert.Contains(now.Department, h => h.ShortName == "SKHCN" && h.Hotline is not null);
        var department = now.Organizations.Single(o => o.ShortName == "SKHCN");
        // 06:00–14:00 on 06/02 is the 25th shift of the rotation An, Bình, Trực (from 29/01): An; the leader of the day is An too.
        Assert.Contains(department.Now, s => s.PersonName == "Nguyễn Văn An" && s.Role == DutyRole.Shift);
        Assert.Contains(department.Now, s => s.PersonName == "Nguyễn Văn An" && s.Role == DutyRole.Leader);
        Assert.Equal("Trần Thị Bình", department.Next!.PersonName);
        Assert.Equal(new DateTime(2027, 2, 6, 7, 0, 0, DateTimeKind.Utc), department.Next.StartsAt);
        var vnpt = now.Organizations.Single(o => o.ShortName == "VNPT");
        Assert.Equal("Hoàng Văn Em", Assert.Single(vnpt.Now).PersonName);
        Assert.Equal("Vũ Thị Giang", vnpt.Next!.PersonName);
        var mobifone = now.Organizations.Single(o => o.ShortName == "MOBIFONE");
        Assert.Empty(mobifone.Now);
        Assert.Null(mobifone.Next);
        Assert.NotNull(mobifone.Hotline);
    }

    [Fact]
    public async Task NowFiltersByKindAndRefusesAnUnknownKind()
    {
        var client = await app.SignedInAsync("viettel");
        var now = await ReadAsync<NowDto>(await client.GetAsync("/api/v1/duty/now?kind=TelecomOperator"));
        Assert.All(now.Organizations, o => Assert.Equal("TelecomOperator", o.Kind));
        Assert.Contains(now.Organizations, o => o.ShortName == "VNPT");
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/duty/now?kind=Bakery")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/duty/now?areaId=abc")).StatusCode);
    }

    [Fact]
    public async Task MemberFillsAWeekByPatternAndTheGapListShrinks()
    {
        var ids = await IdsAsync(app);
        var coordinator = await app.SignedInAsync("coordinator");
        var before = await ReadAsync<List<GapDto>>(await coordinator.GetAsync("/api/v1/duty/gaps"));
        Assert.Contains(before, g => g.ShortName == "VIETTEL");
        Assert.Contains(before, g => g.ShortName == "VNPT" && g.Gaps.Any(i => i.Start == new DateTime(2027, 2, 7, 7, 0, 0, DateTimeKind.Utc) && i.End == new DateTime(2027, 2, 7, 15, 0, 0, DateTimeKind.Utc)));
        Assert.DoesNotContain(before, g => g.ShortName == "SKHCN");

        var viettel = await app.SignedInAsync("viettel");
        var response = await viettel.PostAsJsonAsync("/api/v1/duty/shifts/pattern", new
        {
            organizationId = ids.Viettel, campaignId = ids.Campaign, role = "Shift", from = "2027-02-05", to = "2027-02-11",
            startTimes = "07:00, 19:00", people = new[] { new { personId = (Guid?)ids.Cuong }, new { personId = (Guid?)ids.Dung } }, place = "NOC",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(14, (await ReadAsync<PatternResult>(response)).Created);

        var after = await ReadAsync<List<GapDto>>(await coordinator.GetAsync("/api/v1/duty/gaps"));
        Assert.DoesNotContain(after, g => g.ShortName == "VIETTEL");
        Assert.True(after.Count < before.Count);
        var now = await ReadAsync<NowDto>(await coordinator.GetAsync("/api/v1/duty/now"));
        var row = now.Organizations.Single(o => o.ShortName == "VIETTEL");
        Assert.Equal("Lê Văn Cường", Assert.Single(row.Now).PersonName);
        Assert.Equal("Phạm Thị Dung", row.Next!.PersonName);
        var audited = await app.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(a => a.EntityType == "DutyShift" && a.Action == AuditAction.Create && a.OrganizationId == ids.Viettel));
        Assert.True(audited >= 14);
    }

    [Fact]
    public async Task AViettelMemberCannotCreateChangeOrDeleteVnptShifts()
    {
        var ids = await IdsAsync(app);
        var viettel = await app.SignedInAsync("viettel");
        var vnptShift = await AShiftOfAsync(app, ids.Vnpt);
        var count = await ShiftCountAsync(app, ids.Vnpt);
        var audits = await app.WithDbAsync(db => db.Set<AuditEntry>().CountAsync());

        Assert.Equal(HttpStatusCode.Forbidden, (await viettel.PostAsJsonAsync("/api/v1/duty/shifts", Shift(ids.Vnpt, ids.Campaign, "2027-02-08T06:00:00+07:00", "2027-02-08T14:00:00+07:00"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viettel.PutAsJsonAsync($"/api/v1/duty/shifts/{vnptShift}", Shift(ids.Vnpt, ids.Campaign, "2027-02-08T06:00:00+07:00", "2027-02-08T14:00:00+07:00"))).StatusCode);
        // Moving a VNPT shift into Viettel is no way round it either.
        Assert.Equal(HttpStatusCode.Forbidden, (await viettel.PutAsJsonAsync($"/api/v1/duty/shifts/{vnptShift}", Shift(ids.Viettel, ids.Campaign, "2027-02-08T06:00:00+07:00", "2027-02-08T14:00:00+07:00"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viettel.DeleteAsync($"/api/v1/duty/shifts/{vnptShift}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viettel.PostAsJsonAsync($"/api/v1/duty/shifts/{vnptShift}/swap", new { otherShiftId = await AShiftOfAsync(app, ids.Viettel) })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viettel.PostAsJsonAsync("/api/v1/duty/shifts/pattern", new
        {
            organizationId = ids.Vnpt, campaignId = ids.Campaign, role = "Shift", from = "2027-02-08", to = "2027-02-09", startTimes = "06:00", people = new[] { new { name = "X" } },
        })).StatusCode);

        Assert.Equal(count, await ShiftCountAsync(app, ids.Vnpt));
        Assert.Equal(audits, await app.WithDbAsync(db => db.Set<AuditEntry>().CountAsync()));
        // Reading is province-wide: the duty officer must see whom to call.
        Assert.Equal(HttpStatusCode.OK, (await viettel.GetAsync($"/api/v1/duty/shifts/{vnptShift}")).StatusCode);
    }

    [Fact]
    public async Task CreateChangeSwapAndDeleteAreAuditedAndTextStaysText()
    {
        var ids = await IdsAsync(app);
        var viettel = await app.SignedInAsync("viettel");
        var created = await viettel.PostAsJsonAsync("/api/v1/duty/shifts", Shift(ids.Viettel, ids.Campaign, "2027-02-20T06:00:00+07:00", "2027-02-20T18:00:00+07:00", "<script>alert(1)</script>"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var shift = await ReadAsync<ShiftDto>(created);
        Assert.Equal("<script>alert(1)</script>", shift.PersonName);
        Assert.Equal(new DateTime(2027, 2, 19, 23, 0, 0, DateTimeKind.Utc), shift.StartsAt);

        var withPerson = await viettel.PostAsJsonAsync("/api/v1/duty/shifts", new
        {
            organizationId = ids.Viettel, campaignId = ids.Campaign, personId = ids.Dung, role = "InfoResponse",
            startsAt = "2027-02-20T18:00:00+07:00", endsAt = "2027-02-21T06:00:00+07:00",
        });
        var second = await ReadAsync<ShiftDto>(withPerson);
        Assert.Equal("Phạm Thị Dung", second.PersonName);
        Assert.NotNull(second.Phone);

        var updated = await viettel.PutAsJsonAsync($"/api/v1/duty/shifts/{shift.Id}", Shift(ids.Viettel, ids.Campaign, "2027-02-20T07:00:00+07:00", "2027-02-20T18:00:00+07:00", "Đỗ Văn Trực"));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var swapped = await ReadAsync<ShiftDto>(await viettel.PostAsJsonAsync($"/api/v1/duty/shifts/{shift.Id}/swap", new { otherShiftId = second.Id }));
        Assert.Equal("Phạm Thị Dung", swapped.PersonName);
        Assert.Equal(ids.Dung, swapped.PersonId);
        Assert.Equal(HttpStatusCode.NoContent, (await viettel.DeleteAsync($"/api/v1/duty/shifts/{shift.Id}")).StatusCode);

        var trail = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == "DutyShift" && a.EntityId == shift.Id.ToString()).OrderBy(a => a.At).ThenBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditAction.Create, AuditAction.Update, AuditAction.Update, AuditAction.Delete], trail);
        Assert.True(await app.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(a => a.EntityId == second.Id.ToString() && a.Action == AuditAction.Update && a.UserName == "viettel")));
    }

    [Fact]
    public async Task CoverageOfVnptShowsTheDeliberateGapOnTetDayTwo()
    {
        var ids = await IdsAsync(app);
        var client = await app.SignedInAsync("viettel");
        var coverage = await ReadAsync<OrgCoverageDto>(await client.GetAsync($"/api/v1/duty/coverage?campaignId={ids.Campaign}&organizationId={ids.Vnpt}"));
        var continuous = Assert.Single(coverage.Requirements);
        Assert.Equal([new IntervalDto(new DateTime(2027, 2, 7, 7, 0, 0, DateTimeKind.Utc), new DateTime(2027, 2, 7, 15, 0, 0, DateTimeKind.Utc))], continuous.Gaps);
        Assert.Empty(continuous.Overlaps);
        var department = await ReadAsync<OrgCoverageDto>(await client.GetAsync($"/api/v1/duty/coverage?campaignId={ids.Campaign}&organizationId={ids.Department}"));
        Assert.Equal(2, department.Requirements.Count);
        Assert.All(department.Requirements, r => Assert.True(r.IsCovered));
    }

    [Fact]
    public async Task DirectoryShowsHotlinesToEveryoneAndPeopleOnlyWhereVisible()
    {
        var viettel = await app.SignedInAsync("viettel");
        var vnptOrg = await app.WithDbAsync(db => db.Set<Organization>().Where(o => o.ShortName == "VNPT")
            .Select(o => new { o.Hotline, People = o.People.Select(p => p.FullName).ToList() }).SingleAsync());
        var vnpt = Assert.Single(await ReadAsync<List<DirectoryEntryDto>>(await viettel.GetAsync("/api/v1/duty/directory?q=vnpt")), e => e.ShortName == "VNPT");
        // VNPT's own hotline, not merely some hotline.
        Assert.False(string.IsNullOrEmpty(vnptOrg.Hotline));
        Assert.Equal(vnptOrg.Hotline, vnpt.Hotline);
        Assert.Empty(vnpt.People);
        var own = await ReadAsync<List<DirectoryEntryDto>>(await viettel.GetAsync("/api/v1/duty/directory?q=cuong"));
        Assert.Contains(Assert.Single(own).People, p => p.FullName == "Lê Văn Cường");
        var coordinator = await app.SignedInAsync("coordinator");
        var all = await ReadAsync<List<DirectoryEntryDto>>(await coordinator.GetAsync("/api/v1/duty/directory?q=vnpt"));
        Assert.NotEmpty(vnptOrg.People);
        Assert.Equal(vnptOrg.People.Order(), all.Single(e => e.ShortName == "VNPT").People.Select(p => p.FullName).Order());
        Assert.Empty(await ReadAsync<List<DirectoryEntryDto>>(await viettel.GetAsync("/api/v1/duty/directory?q=hoang van em")));
    }

    [Fact]
    public async Task RosterExportsAsIcsThatASecondParserReadsAndAsXlsx()
    {
        var ids = await IdsAsync(app);
        var client = await app.SignedInAsync("viewer");
        var response = await client.GetAsync($"/api/v1/duty/organizations/{ids.Vnpt}/roster.ics");
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var ics = await response.Content.ReadAsStringAsync();
        var shifts = await app.WithDbAsync(db => db.Set<DutyShift>().Where(s => s.OrganizationId == ids.Vnpt).OrderBy(s => s.StartsAt).ToListAsync());
        IcalJs.Unfold(ics);
        var calendar = await IcalJs.ParseAsync(ics);
        Assert.Equal(shifts.Count, calendar.Events.Count);
        Assert.Equal(shifts.Select(s => (s.Id + "@thongsuot", s.StartsAt, s.EndsAt)),
            calendar.Events.Select(e => (e.Uid, e.Start.ToUniversalTime(), e.End.ToUniversalTime())));
        Assert.Contains(shifts[0].PersonName, calendar.Events[0].Summary);

        var xlsx = await client.GetByteArrayAsync($"/api/v1/duty/organizations/{ids.Vnpt}/roster.xlsx?campaignId={ids.Campaign}");
        var rows = XlsxRows(xlsx);
        Assert.Equal(RosterXlsx.Header, rows[1]);
        Assert.Equal(shifts.Count, rows.Count - 2);
        Assert.Equal(shifts[0].PersonName, rows[2][4]);
        Assert.Equal("29/01/2027", rows[2][0]);
    }

    [Fact]
    public async Task ASecretFeedUrlServesAPersonsShiftsToACalendarAppWithoutSignIn()
    {
        var ids = await IdsAsync(app);
        var viettel = await app.SignedInAsync("viettel");
        var created = await viettel.PostAsJsonAsync("/api/v1/duty/feeds", new { organizationId = ids.Viettel, personId = ids.Cuong });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var feed = await ReadAsync<FeedDto>(created);
        var path = new Uri(feed.Url).PathAndQuery;
        var token = path.Split('/')[^1].Replace(".ics", "");
        Assert.False(await app.WithDbAsync(db => db.Set<DutyFeed>().AnyAsync(f => f.TokenHash == token)));

        var anonymous = app.Anonymous();
        var response = await anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calendar = await IcalJs.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.NotEmpty(calendar.Events);
        Assert.All(calendar.Events, e => Assert.Contains("Lê Văn Cường", e.Summary));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/v1/duty/feeds/" + new string('0', 64) + ".ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/v1/duty/feeds/abc.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/duty/organizations/{ids.Viettel}/roster.ics")).StatusCode);

        var vnpt = await app.SignedInAsync("vnpt");
        Assert.Equal(HttpStatusCode.NotFound, (await vnpt.PostAsJsonAsync("/api/v1/duty/feeds", new { organizationId = ids.Viettel, personId = ids.Cuong })).StatusCode);
    }

    [Fact]
    public async Task DutyLogHandoverIsConfirmedByTheNextPersonAndReadByLeaders()
    {
        var ids = await IdsAsync(app);
        var viettel = await app.SignedInAsync("viettel");
        var call = await viettel.PostAsJsonAsync("/api/v1/duty/log", new { organizationId = ids.Viettel, kind = "Call", text = "Khách hàng báo mất sóng khu vực chợ Đông Hà", reference = "SC-2027-0001" });
        Assert.Equal(HttpStatusCode.Created, call.StatusCode);
        var handover = await ReadAsync<LogEntryDto>(await viettel.PostAsJsonAsync("/api/v1/duty/log", new
        {
            organizationId = ids.Viettel, kind = "Handover", text = "Bàn giao ca sáng", openMatters = "Trạm BTS chợ Đông Hà chưa khôi phục",
        }));
        Assert.Equal(HttpStatusCode.Conflict, (await viettel.PostAsync($"/api/v1/duty/log/{handover.Id}/acknowledge", null)).StatusCode);

        var vnpt = await app.SignedInAsync("vnpt");
        Assert.Equal(HttpStatusCode.NotFound, (await vnpt.GetAsync($"/api/v1/duty/log?organizationId={ids.Viettel}&day=2027-02-06")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await vnpt.PostAsync($"/api/v1/duty/log/{handover.Id}/acknowledge", null)).StatusCode);

        var coordinator = await app.SignedInAsync("coordinator");
        var acknowledged = await ReadAsync<LogEntryDto>(await coordinator.PostAsync($"/api/v1/duty/log/{handover.Id}/acknowledge", null));
        Assert.Equal("Nguyễn Thị Điều Phối", acknowledged.AcknowledgedBy);
        Assert.Equal(HttpStatusCode.Conflict, (await coordinator.PostAsync($"/api/v1/duty/log/{handover.Id}/acknowledge", null)).StatusCode);

        var leader = await app.SignedInAsync("leader");
        var day = await ReadAsync<List<LogEntryDto>>(await leader.GetAsync($"/api/v1/duty/log?organizationId={ids.Viettel}&day=2027-02-06"));
        Assert.Equal(["Call", "Handover"], day.Select(e => e.Kind.ToString()));
        Assert.Equal("Trạm BTS chợ Đông Hà chưa khôi phục", day[1].OpenMatters);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync("/api/v1/duty/log", new { organizationId = ids.Viettel, kind = "Note", text = "x" })).StatusCode);
        var trail = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == "DutyLogEntry" && a.EntityId == handover.Id.ToString()).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditAction.Create, AuditAction.Update], trail.Order());
    }

    [Fact]
    public async Task CoordinatorsSetWhatACampaignRequiresAndMembersCannot()
    {
        var ids = await IdsAsync(app);
        var body = new { campaignId = ids.Campaign, organizationKind = "InternetProvider", phase = "During", mode = "Daily" };
        var viettel = await app.SignedInAsync("viettel");
        Assert.Equal(HttpStatusCode.Forbidden, (await viettel.PostAsJsonAsync("/api/v1/duty/requirements", body)).StatusCode);
        var coordinator = await app.SignedInAsync("coordinator");
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.PostAsJsonAsync("/api/v1/duty/requirements", new { campaignId = ids.Campaign, organizationId = ids.Vnpt, organizationKind = "TelecomOperator", phase = "During", mode = "Daily" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.PostAsJsonAsync("/api/v1/duty/requirements", new { campaignId = ids.Campaign, organizationId = ids.Vnpt, phase = "Soon", mode = "Daily" })).StatusCode);

        var created = await coordinator.PostAsJsonAsync("/api/v1/duty/requirements", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var requirement = await ReadAsync<RequirementDto>(created);
        var list = await ReadAsync<List<RequirementDto>>(await viettel.GetAsync($"/api/v1/duty/requirements?campaignId={ids.Campaign}"));
        Assert.Equal(4, list.Count);
        var gaps = await ReadAsync<List<GapDto>>(await coordinator.GetAsync("/api/v1/duty/gaps"));
        var fpt = Assert.Single(gaps, g => g.ShortName == "FPT");
        Assert.Equal([new DateOnly(2027, 2, 6), new DateOnly(2027, 2, 7), new DateOnly(2027, 2, 8)], fpt.UncoveredDays);

        Assert.Equal(HttpStatusCode.Forbidden, (await viettel.DeleteAsync($"/api/v1/duty/requirements/{requirement.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.DeleteAsync($"/api/v1/duty/requirements/{requirement.Id}")).StatusCode);
        var trail = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == "CoverageRequirement" && a.EntityId == requirement.Id.ToString()).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditAction.Create, AuditAction.Delete], trail.Order());
    }

    private static List<string[]> XlsxRows(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        return sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
            .Select(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InlineString?.Text?.Text ?? c.CellValue?.Text ?? "").ToArray())
            .ToList();
    }
}

public sealed class SqliteDutyApiTests(SqliteDutyAppFactory app) : DutyApiTests(app), IClassFixture<SqliteDutyAppFactory>;

public sealed class PostgresDutyApiTests(PostgresDutyAppFactory app) : DutyApiTests(app), IClassFixture<PostgresDutyAppFactory>;
