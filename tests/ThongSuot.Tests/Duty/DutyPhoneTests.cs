using System.Net;
using System.Net.Http.Json;
using ThongSuot.Features.Duty;
using ThongSuot.Tests.Infrastructure;
using static ThongSuot.Tests.Duty.DutyTestKit;

namespace ThongSuot.Tests.Duty;

/// <summary>A shift's phone, typed or from the rotation, is a phone number in its national form.</summary>
public abstract class DutyPhoneTests(AppFactory app)
{
    [Fact]
    public async Task AShiftWithABadPhoneIsRefusedByFieldNameAndAGoodOneIsStoredNormalised()
    {
        var ids = await IdsAsync(app);
        var viettel = await app.SignedInAsync("viettel");
        object Body(string phone) => new
        {
            organizationId = ids.Viettel, campaignId = ids.Campaign, personName = "Ngô Văn Số", phone, role = "Shift",
            startsAt = "2027-02-22T06:00:00+07:00", endsAt = "2027-02-22T14:00:00+07:00",
        };
        var bad = await viettel.PostAsJsonAsync("/api/v1/duty/shifts", Body("0900 000"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.StartsWith("Số điện thoại không hợp lệ: ", (await ReadAsync<System.Text.Json.JsonElement>(bad)).GetProperty("errors").GetProperty("phone")[0].GetString());

        var good = await viettel.PostAsJsonAsync("/api/v1/duty/shifts", Body("+84 900.000.555"));
        Assert.Equal(HttpStatusCode.Created, good.StatusCode);
        Assert.Equal("0900 000 555", (await ReadAsync<ShiftDto>(good)).Phone);
    }

    [Fact]
    public async Task APatternWithABadPhoneInTheRotationIsRefused()
    {
        var ids = await IdsAsync(app);
        var viettel = await app.SignedInAsync("viettel");
        var before = await ShiftCountAsync(app, ids.Viettel);
        var response = await viettel.PostAsJsonAsync("/api/v1/duty/shifts/pattern", new
        {
            organizationId = ids.Viettel, campaignId = ids.Campaign, role = "Shift", from = "2027-02-23", to = "2027-02-23", startTimes = "06:00",
            people = new[] { new { name = "Người gõ tay", phone = "số máy bàn" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Số điện thoại không hợp lệ: ", (await ReadAsync<System.Text.Json.JsonElement>(response)).GetProperty("errors").GetProperty("people")[0].GetString());
        Assert.Equal(before, await ShiftCountAsync(app, ids.Viettel));
    }
}

public sealed class DutyPhoneTestsOnSqlite(SqliteDutyAppFactory app) : DutyPhoneTests(app), IClassFixture<SqliteDutyAppFactory>;
