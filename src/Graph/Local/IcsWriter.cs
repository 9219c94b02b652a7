using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ComplianceBot.Graph.Local;

/// <summary>An RFC 5545 METHOD:REQUEST invitation for one attendee, the way Outlook receives one.</summary>
internal static partial class IcsWriter
{
    public static string Write(LocalInvitation invitation, TrainingAttendee attendee)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(invitation.TimeZoneId);
        var offset = zone.GetUtcOffset(invitation.Start);
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "PRODID:-//ComplianceBot//Local mailbox//EN",
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            "METHOD:REQUEST",

            // One fixed-offset rule: the offset in force at the session. Asia/Almaty has had no DST since 2005.
            "BEGIN:VTIMEZONE",
            $"TZID:{invitation.TimeZoneId}",
            "BEGIN:STANDARD",
            "DTSTART:19700101T000000",
            $"TZOFFSETFROM:{Offset(offset)}",
            $"TZOFFSETTO:{Offset(offset)}",
            $"TZNAME:{Offset(offset)[..3]}",
            "END:STANDARD",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            $"UID:{Text(invitation.ICalUId)}",
            $"DTSTAMP:{invitation.CreatedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}",
            "SEQUENCE:0",
            $"DTSTART;TZID={invitation.TimeZoneId}:{Local(invitation.Start, zone)}",
            $"DTEND;TZID={invitation.TimeZoneId}:{Local(invitation.End, zone)}",
            $"SUMMARY:{Text(invitation.Subject)}",
            $"DESCRIPTION:{Text(PlainText(invitation.AgendaHtml))}",
            $"X-ALT-DESC;FMTTYPE=text/html:{Text(invitation.AgendaHtml)}",
            $"LOCATION:{Text(invitation.Location)}",
            $"ORGANIZER;CN={Param(invitation.OrganizerName)}:mailto:{invitation.Organizer}",
            $"ATTENDEE;CN={Param(attendee.DisplayName ?? attendee.Email)};CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{attendee.Email}",
            "STATUS:CONFIRMED",
            "TRANSP:OPAQUE",
            "X-MICROSOFT-DISALLOW-COUNTER:TRUE",
            "END:VEVENT",
            "END:VCALENDAR",
        };
        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(line, builder);
        }

        return builder.ToString();
    }

    /// <summary>RFC 5545 3.3.11: backslash, semicolon, comma and newlines are escaped in TEXT.</summary>
    internal static string Text(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>RFC 5545 3.2: a parameter value is quoted and may not contain a double quote or control characters.</summary>
    internal static string Param(string value) =>
        "\"" + new string([.. value.Where(c => c != '"' && !char.IsControl(c))]) + "\"";

    /// <summary>RFC 5545 3.1: lines of at most 75 octets, continued with CRLF + space, never splitting a UTF-8 character.</summary>
    internal static void Fold(string line, StringBuilder output)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                output.Append("\r\n ");
                octets = 0;
                limit = 74;
            }

            output.Append(rune.ToString());
            octets += size;
        }

        output.Append("\r\n");
    }

    private static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);

    internal static string PlainText(string html)
    {
        var withBreaks = LineBreaks().Replace(html, "\n");
        return WebUtility.HtmlDecode(Tags().Replace(withBreaks, string.Empty)).Trim();
    }

    [GeneratedRegex(@"<\s*(br|/p|/li|/div|/h\d)\s*/?\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreaks();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
