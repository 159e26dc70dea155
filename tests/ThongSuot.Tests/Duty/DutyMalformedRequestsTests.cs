using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ThongSuot.Features.Audit;
using ThongSuot.Features.Duty;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Duty.DutyTestKit;

namespace ThongSuot.Tests.Duty;

/// <summary>Bad requests against the duty API: none may get a 5xx or a 2xx, and no duty or audit row may be written.</summary>
public abstract class DutyMalformedRequestsTests(AppFactory app)
{
    [Fact]
    public async Task NoneGetsA5xxAndNothingIsWritten()
    {
        var ids = await IdsAsync(app);
        var viettel = await app.SignedInAsync("viettel");
        var vnptShift = await AShiftOfAsync(app, ids.Vnpt);
        var viettelShift = await AShiftOfAsync(app, ids.Viettel);
        var before = await CountsAsync();
        var huge = new string('x', 5000);
        const string start = "2027-02-20T06:00:00+07:00", end = "2027-02-20T14:00:00+07:00";

        var shiftBodies = new List<string>
        {
            "", "{", "[]", "null", "\"text\"", "{}", "{\"organizationId\":\"not-a-guid\"}", "{\"organizationId\":123}",
            Body(new { organizationId = ids.Viettel, campaignId = ids.Campaign, personName = "A", role = "Chef", startsAt = start, endsAt = end }),
            Body(new { organizationId = ids.Viettel, campaignId = ids.Campaign, personName = "A", role = "7", startsAt = start, endsAt = end }),
            Body(new { organizationId = ids.Viettel, campaignId = ids.Campaign, personName = "A", role = "Shift", startsAt = end, endsAt = start }),
            Body(new { organizationId = ids.Viettel, campaignId = ids.Campaign, personName = "A", role = "Shift", startsAt = start, endsAt = start }),
            Body(new { organizationId = ids.Viettel, campaignId = ids.Campaign, personName = "A", role = "Shift", startsAt = start, endsAt = "2027-03-20T14:00:00+07:00" }),
            Body(new { organizationId = ids.Viettel, campaignId = ids.Campaign, personName = "A", role = "Shift", startsAt = "yesterday", endsAt = end }),
            Body(new { organizationId = ids.Viettel, campaignId = ids.Campaign, personName = huge, role = "Shift", startsAt = start, endsAt = end }),
            Body(new { organizationId = ids.Viettel, campaignId = ids.Campaign, personName = "A", phone = huge, role = "Shift", startsAt = start, endsAt = end }),
            Body(new { organizationId = ids.Viettel, campaignId = ids.Campaign, personName = "   ", role = "Shift", startsAt = start, endsAt = end }),
            Body(new { organizationId = ids.Viettel, campaignId = ids.Campaign, personId = ids.VnptPerson, role = "Shift", startsAt = start, endsAt = end }),
            Body(new { organizationId = ids.Viettel, campaignId = Guid.NewGuid(), personName = "A", role = "Shift", startsAt = start, endsAt = end }),
            Body(new { organizationId = Guid.NewGuid(), campaignId = ids.Campaign, personName = "A", role = "Shift", startsAt = start, endsAt = end }),
            Body(new { organizationId = ids.Vnpt, campaignId = ids.Campaign, personName = "A", role = "Shift", startsAt = start, endsAt = end }),
            Body(new { organizationId = ids.Viettel, campaignId = ids.Campaign, personName = "'; DROP TABLE \"DutyShifts\"; --", role = "'; DROP TABLE x; --", startsAt = start, endsAt = end }),
            Body(new { organizationId = ids.Viettel, campaignId = ids.Campaign, personName = "A", role = "Shift", startsAt = "0001-01-01T00:00:00Z", endsAt = "0001-01-01T08:00:00Z" }),
        };
        var patternBodies = new List<string>
        {
            "", "{", "{}", "{\"from\":\"31/02/2027\"}", "{\"people\":\"abc\"}",
            Pattern(new { organizationId = ids.Viettel, campaignId = ids.Campaign, role = "Shift", from = "2027-02-05", to = "2027-02-06", startTimes = "25:00", people = new[] { new { name = "A" } } }),
            Pattern(new { organizationId = ids.Viettel, campaignId = ids.Campaign, role = "Shift", from = "2027-02-06", to = "2027-02-05", startTimes = "06:00", people = new[] { new { name = "A" } } }),
            Pattern(new { organizationId = ids.Viettel, campaignId = ids.Campaign, role = "Shift", from = "2027-01-01", to = "2027-12-31", startTimes = "06:00", people = new[] { new { name = "A" } } }),
            Pattern(new { organizationId = ids.Viettel, campaignId = ids.Campaign, role = "Shift", from = "2027-02-05", to = "2027-03-30", startTimes = "00:00 01:00 02:00 03:00 04:00 05:00 06:00 07:00 08:00 09:00 10:00 11:00 12:00", people = new[] { new { name = "A" } } }),
            Pattern(new { organizationId = ids.Viettel, campaignId = ids.Campaign, role = "Shift", from = "2027-02-05", to = "2027-02-06", startTimes = "06:00", people = Array.Empty<object>() }),
            Pattern(new { organizationId = ids.Viettel, campaignId = ids.Campaign, role = "Shift", from = "2027-02-05", to = "2027-02-06", startTimes = "06:00", people = new[] { new { personId = ids.VnptPerson } } }),
            Pattern(new { organizationId = ids.Viettel, campaignId = ids.Campaign, role = "Shift", from = "2027-02-05", to = "2027-02-06", startTimes = "06:00", people = new[] { new { name = huge } } }),
            Pattern(new { organizationId = ids.Viettel, campaignId = ids.Campaign, role = "Nope", from = "2027-02-05", to = "2027-02-06", startTimes = "06:00", people = new[] { new { name = "A" } } }),
            Pattern(new { organizationId = ids.Vnpt, campaignId = ids.Campaign, role = "Shift", from = "2027-02-05", to = "2027-02-06", startTimes = "06:00", people = new[] { new { name = "A" } } }),
        };
        var logBodies = new List<string>
        {
            "", "{", "{}", Body(new { organizationId = ids.Viettel, kind = "Call", text = "" }), Body(new { organizationId = ids.Viettel, kind = "Gossip", text = "x" }),
            Body(new { organizationId = ids.Viettel, kind = "Call", text = huge }), Body(new { organizationId = ids.Viettel, kind = "Call", text = "x", at = "2030-01-01T00:00:00Z" }),
            Body(new { organizationId = ids.Vnpt, kind = "Call", text = "x" }), Body(new { organizationId = Guid.NewGuid(), kind = "Call", text = "x" }),
        };

        var probes = new List<(HttpMethod Method, string Url, string? Body)>();
        probes.AddRange(shiftBodies.Select(b => (HttpMethod.Post, "/api/v1/duty/shifts", (string?)b)));
        probes.AddRange(shiftBodies.Select(b => (HttpMethod.Put, $"/api/v1/duty/shifts/{viettelShift}", (string?)b)));
        probes.AddRange(shiftBodies.Take(8).Select(b => (HttpMethod.Put, $"/api/v1/duty/shifts/{vnptShift}", (string?)b)));
        probes.AddRange(patternBodies.Select(b => (HttpMethod.Post, "/api/v1/duty/shifts/pattern", (string?)b)));
        probes.AddRange(logBodies.Select(b => (HttpMethod.Post, "/api/v1/duty/log", (string?)b)));
        probes.AddRange(new[] { "", "{}", "{\"otherShiftId\":\"x\"}", Body(new { otherShiftId = viettelShift }), Body(new { otherShiftId = vnptShift }), Body(new { otherShiftId = Guid.NewGuid() }) }
            .Select(b => (HttpMethod.Post, $"/api/v1/duty/shifts/{viettelShift}/swap", (string?)b)));
        probes.AddRange(new[] { "", "{}", Body(new { organizationId = ids.Vnpt }), Body(new { organizationId = ids.Viettel, personId = ids.VnptPerson }), Body(new { organizationId = "x" }) }
            .Select(b => (HttpMethod.Post, "/api/v1/duty/feeds", (string?)b)));
        probes.Add((HttpMethod.Delete, $"/api/v1/duty/shifts/{vnptShift}", null));
        probes.Add((HttpMethod.Delete, $"/api/v1/duty/shifts/{Guid.NewGuid()}", null));
        probes.Add((HttpMethod.Delete, "/api/v1/duty/shifts/not-a-guid", null));
        probes.Add((HttpMethod.Post, $"/api/v1/duty/log/{Guid.NewGuid()}/acknowledge", null));
        foreach (var query in new[] { "now?kind=<script>", "now?areaId=1", "gaps?hours=-1", "gaps?hours=abc", "gaps?hours=99999999999", "coverage?campaignId=x",
                     "coverage", $"coverage?campaignId={Guid.NewGuid()}&organizationId={ids.Viettel}", "shifts?from=abc", "shifts?organizationId=1",
                     "shifts?from=2027-02-10T00:00:00Z&to=2027-02-01T00:00:00Z", "log", $"log?organizationId={ids.Viettel}&day=06/02/2027",
                     $"log?organizationId={ids.Vnpt}", $"organizations/{Guid.NewGuid()}/roster.ics", $"organizations/{ids.Viettel}/roster.ics?personId=x",
                     $"organizations/{ids.Viettel}/roster.xlsx?campaignId=x", "feeds/x.ics", $"shifts/{Guid.NewGuid()}" })
            probes.Add((HttpMethod.Get, "/api/v1/duty/" + query, null));

        var failures = new List<string>();
        foreach (var (method, url, body) in probes)
        {
            using var request = new HttpRequestMessage(method, url);
            if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            var response = await viettel.SendAsync(request);
            var status = (int)response.StatusCode;
            if (status is < 400 or >= 500) failures.Add($"{method} {url} {body?[..Math.Min(body.Length, 120)]} -> {status}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(probes.Count > 90);
        Assert.Equal(before, await CountsAsync());
    }

    private Task<(int, int, int, int)> CountsAsync() => app.WithDbAsync(async db => (
        await db.Set<DutyShift>().CountAsync(), await db.Set<DutyLogEntry>().CountAsync(), await db.Set<DutyFeed>().CountAsync(), await db.Set<AuditEntry>().CountAsync()));

    private static string Body(object value) => System.Text.Json.JsonSerializer.Serialize(value);

    private static string Pattern(object value) => Body(value);
}

public sealed class SqliteDutyMalformedRequestsTests(SqliteDutyAppFactory app) : DutyMalformedRequestsTests(app), IClassFixture<SqliteDutyAppFactory>;

public sealed class PostgresDutyMalformedRequestsTests(PostgresDutyAppFactory app) : DutyMalformedRequestsTests(app), IClassFixture<PostgresDutyAppFactory>;
