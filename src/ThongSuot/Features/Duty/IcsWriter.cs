using System.Globalization;
using System.Text;

namespace ThongSuot.Features.Duty;

/// <summary>One event of a calendar feed; instants in UTC.</summary>
public sealed record IcsEvent(string Uid, DateTime StartsAt, DateTime EndsAt, string Summary, string? Description, string? Location, DateTime UpdatedAt);

/// <summary>
/// RFC 5545 writer: VCALENDAR with a VTIMEZONE for Asia/Ho_Chi_Minh (UTC+7, no daylight saving since 1975), events
/// with local times under that TZID, text escaped (\ ; , newline), lines ended by CRLF and folded at 75 octets
/// without splitting a UTF-8 character.
/// </summary>
public static class IcsWriter
{
    public const string TimeZoneId = "Asia/Ho_Chi_Minh";

    public static string Write(string calendarName, IEnumerable<IcsEvent> events, DateTime stamp)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ThongSuot//Duty roster//VI", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:" + Escape(calendarName), "X-WR-TIMEZONE:" + TimeZoneId,
            "BEGIN:VTIMEZONE", "TZID:" + TimeZoneId, "X-LIC-LOCATION:" + TimeZoneId,
            "BEGIN:STANDARD", "TZOFFSETFROM:+0700", "TZOFFSETTO:+0700", "TZNAME:ICT", "DTSTART:19700101T000000", "END:STANDARD",
            "END:VTIMEZONE",
        };
        foreach (var e in events)
        {
            lines.Add("BEGIN:VEVENT");
            lines.Add("UID:" + Escape(e.Uid));
            lines.Add("DTSTAMP:" + Utc(stamp));
            lines.Add("LAST-MODIFIED:" + Utc(e.UpdatedAt));
            lines.Add($"DTSTART;TZID={TimeZoneId}:" + Local(e.StartsAt));
            lines.Add($"DTEND;TZID={TimeZoneId}:" + Local(e.EndsAt));
            lines.Add("SUMMARY:" + Escape(e.Summary));
            if (!string.IsNullOrEmpty(e.Description)) lines.Add("DESCRIPTION:" + Escape(e.Description));
            if (!string.IsNullOrEmpty(e.Location)) lines.Add("LOCATION:" + Escape(e.Location));
            lines.Add("END:VEVENT");
        }
        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines) text.Append(Fold(line));
        return text.ToString();
    }

    public static string Escape(string text) => text
        .Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,")
        .Replace("\r\n", "\\n").Replace("\n", "\\n").Replace("\r", "\\n");

    /// <summary>Content lines longer than 75 octets continue on the next line after CRLF and one space.</summary>
    public static string Fold(string line)
    {
        var result = new StringBuilder();
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                result.Append("\r\n ");
                octets = 0;
                limit = 74; // the leading space counts
            }
            result.Append(rune.ToString());
            octets += size;
        }
        return result.Append("\r\n").ToString();
    }

    private static string Utc(DateTime utc) => utc.ToUniversalTime().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Local(DateTime utc) => (DateTime.SpecifyKind(utc, DateTimeKind.Utc) + TimeSpan.FromHours(7)).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
}
