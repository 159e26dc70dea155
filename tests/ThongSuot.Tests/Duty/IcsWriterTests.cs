using ThongSuot.Features.Duty;

namespace ThongSuot.Tests.Duty;

public sealed class IcsWriterTests
{
    private static readonly DateTime Stamp = new(2027, 1, 20, 3, 0, 0, DateTimeKind.Utc);

    private static IcsEvent Tricky() => new(
        "0192a1b2-0000-7000-8000-000000000001@thongsuot",
        new DateTime(2027, 2, 5, 0, 0, 0, DateTimeKind.Utc), new DateTime(2027, 2, 5, 12, 0, 0, DateTimeKind.Utc),
        "Trực ca: Lê Văn Cường, Phạm Thị Dung; ca ngày \\ đêm giao thừa – Viettel Quảng Trị (VIETTEL) " + new string('ạ', 40),
        "Viettel Quảng Trị\nĐiện thoại: 0233 3910 020", "Phòng NOC, tầng 3; Đồng Hới", Stamp);

    [Fact]
    public void EscapesCommasSemicolonsBackslashesAndNewlines()
    {
        Assert.Equal("a\\, b\\; c\\\\ d\\ne", IcsWriter.Escape("a, b; c\\ d\ne"));
        Assert.Equal("x\\ny", IcsWriter.Escape("x\r\ny"));
    }

    [Fact]
    public void FoldsAtSeventyFiveOctetsWithoutSplittingACharacter()
    {
        var folded = IcsWriter.Fold("SUMMARY:" + new string('ạ', 60));
        var lines = folded[..^2].Split("\r\n");
        Assert.True(lines.Length > 1);
        Assert.All(lines, l => Assert.True(System.Text.Encoding.UTF8.GetByteCount(l) <= 75));
        Assert.All(lines.Skip(1), l => Assert.StartsWith(" ", l));
        Assert.Equal("SUMMARY:" + new string('ạ', 60), string.Concat(lines.Select((l, i) => i == 0 ? l : l[1..])));
    }

    [Fact]
    public void WritesACalendarWithTimeZoneStampAndUidThatParsesBackHere()
    {
        var ics = IcsWriter.Write("Lịch trực VIETTEL", [Tricky()], Stamp);
        var props = IcalJs.Unfold(ics);
        Assert.Equal(("BEGIN", "VCALENDAR"), props[0]);
        Assert.Equal(("END", "VCALENDAR"), props[^1]);
        Assert.Contains(("TZID", "Asia/Ho_Chi_Minh"), props);
        Assert.Contains(("DTSTAMP", "20270120T030000Z"), props);
        Assert.Contains(("DTSTART;TZID=Asia/Ho_Chi_Minh", "20270205T070000"), props);
        Assert.Contains(("DTEND;TZID=Asia/Ho_Chi_Minh", "20270205T190000"), props);
        Assert.Contains(("UID", "0192a1b2-0000-7000-8000-000000000001@thongsuot"), props);
        Assert.Contains(("LOCATION", "Phòng NOC\\, tầng 3\\; Đồng Hới"), props);
    }

    [Fact]
    public async Task ASecondIndependentParserReadsTheSameEvent()
    {
        var e = Tricky();
        var calendar = await IcalJs.ParseAsync(IcsWriter.Write("Lịch trực VIETTEL", [e, e with { Uid = "second@thongsuot", Summary = "Lãnh đạo trực" }], Stamp));
        Assert.Equal("Lịch trực VIETTEL", calendar.Name);
        Assert.Equal(2, calendar.Events.Count);
        var first = calendar.Events[0];
        Assert.Equal(e.Uid, first.Uid);
        Assert.Equal(e.Summary, first.Summary);
        Assert.Equal(e.Description, first.Description);
        Assert.Equal(e.Location, first.Location);
        Assert.Equal(e.StartsAt, first.Start.ToUniversalTime());
        Assert.Equal(e.EndsAt, first.End.ToUniversalTime());
        Assert.Equal("Asia/Ho_Chi_Minh", first.Tzid);
        Assert.Equal("Lãnh đạo trực", calendar.Events[1].Summary);
    }
}
