using System.Text.RegularExpressions;

namespace ComplianceBot.Graph.Tests.Local;

public sealed class LocalTrainingCalendarTests : IDisposable
{
    private readonly LocalMailboxFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private static TrainingEventRequest Request(string key = "outbox-1") => new()
    {
        IdempotencyKey = key,
        Subject = "Сыбайлас жемқорлыққа қарсы оқыту; 1-сессия, Reg. 14.7",
        AgendaHtml = "<p>Күн тәртібі: сыйлықтар, мүдделер қақтығысы, хабарлау арналары және тағы басқа тақырыптар</p><p>Second\\part</p>",
        Start = new DateTimeOffset(2026, 12, 1, 5, 0, 0, TimeSpan.Zero),
        Duration = TimeSpan.FromMinutes(90),
        Room = "Room 301",
        Attendees = [new("aigerim@contoso.kz", "Айгерим Сәрсенова"), new("daniyar@contoso.kz", null), new("../evil@contoso.kz", null)],
    };

    [Fact]
    public async Task CreateTrainingEventAsync_ThreeAttendees_WritesOneInvitationPerAttendee()
    {
        var created = await _fixture.Get<ITrainingCalendar>().CreateTrainingEventAsync(Request(), CancellationToken.None);

        var folder = Path.Combine(_fixture.Mailbox, "invitations", created.EventId);
        var files = Directory.GetFiles(folder).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(["_evil@contoso.kz.ics", "aigerim@contoso.kz.ics", "daniyar@contoso.kz.ics"], files);
        Assert.Empty(Directory.GetFiles(_fixture.Mailbox, "*.tmp", SearchOption.AllDirectories));
        Assert.Null(created.JoinUrl);
    }

    [Fact]
    public async Task CreateTrainingEventAsync_Invitation_IsWellFormedRequestForOneAttendee()
    {
        var created = await _fixture.Get<ITrainingCalendar>().CreateTrainingEventAsync(Request(), CancellationToken.None);

        var text = await File.ReadAllTextAsync(Path.Combine(_fixture.Mailbox, "invitations", created.EventId, "aigerim@contoso.kz.ics"));
        Assert.All(Ics.PhysicalLines(text), l => Assert.True(Ics.Octets(l) <= 75, $"line of {Ics.Octets(l)} octets"));
        var lines = Ics.Unfold(text);
        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Equal("END:VCALENDAR", lines[^1]);
        Assert.Contains("METHOD:REQUEST", lines);
        Assert.Contains("VERSION:2.0", lines);
        Assert.Equal(1, lines.Count(l => l == "BEGIN:VEVENT"));
        Assert.True(lines.IndexOf("BEGIN:VTIMEZONE") < lines.IndexOf("BEGIN:VEVENT"));
        Assert.Contains("TZID:Asia/Almaty", lines);
        Assert.Contains("TZOFFSETTO:+0500", lines);
        Assert.Contains("DTSTART;TZID=Asia/Almaty:20261201T100000", lines);
        Assert.Contains("DTEND;TZID=Asia/Almaty:20261201T113000", lines);
        Assert.Equal(created.ICalUId, Ics.Value(lines, "UID"));
        Assert.Matches(new Regex("^DTSTAMP:\\d{8}T\\d{6}Z$"), lines.Single(l => l.StartsWith("DTSTAMP", StringComparison.Ordinal)));
        Assert.Equal("mailto:compliance@localhost.invalid", Ics.Value(lines, "ORGANIZER"));
        var attendee = Assert.Single(lines, l => l.StartsWith("ATTENDEE", StringComparison.Ordinal));
        Assert.Equal(
            "ATTENDEE;CN=\"Айгерим Сәрсенова\";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:aigerim@contoso.kz",
            attendee);
        Assert.Equal(Request().Subject, Ics.Unescape(Ics.Value(lines, "SUMMARY")));
        Assert.Equal("SUMMARY:Сыбайлас жемқорлыққа қарсы оқыту\\; 1-сессия\\, Reg. 14.7", lines.Single(l => l.StartsWith("SUMMARY", StringComparison.Ordinal)));
        Assert.Equal(Request().AgendaHtml, Ics.Unescape(lines.Single(l => l.StartsWith("X-ALT-DESC", StringComparison.Ordinal)).Split(':', 2)[1]));
        Assert.StartsWith("Күн тәртібі:", Ics.Unescape(Ics.Value(lines, "DESCRIPTION")), StringComparison.Ordinal);
        Assert.Equal("Room 301", Ics.Value(lines, "LOCATION"));
    }

    [Fact]
    public async Task CreateTrainingEventAsync_SameKeyTwice_SameEventAndNoDuplicates()
    {
        var calendar = _fixture.Get<ITrainingCalendar>();

        var first = await calendar.CreateTrainingEventAsync(Request(), CancellationToken.None);
        var second = await calendar.CreateTrainingEventAsync(Request() with { Subject = "changed" }, CancellationToken.None);
        var other = await calendar.CreateTrainingEventAsync(Request("outbox-2"), CancellationToken.None);

        Assert.Equal(first, second);
        Assert.NotEqual(first.EventId, other.EventId);
        Assert.Equal(3, Directory.GetFiles(Path.Combine(_fixture.Mailbox, "invitations", first.EventId)).Length);
        Assert.DoesNotContain("changed", await File.ReadAllTextAsync(Path.Combine(_fixture.Mailbox, "invitations", first.EventId, "daniyar@contoso.kz.ics")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetResponsesAsync_HandWrittenResponses_AreReported()
    {
        var calendar = _fixture.Get<ITrainingCalendar>();
        var created = await calendar.CreateTrainingEventAsync(Request(), CancellationToken.None);
        Directory.CreateDirectory(Path.Combine(_fixture.Mailbox, "responses"));
        await File.WriteAllTextAsync(
            Path.Combine(_fixture.Mailbox, "responses", created.EventId + ".json"),
            """{"aigerim@contoso.kz":"accepted","daniyar@contoso.kz":"declined"}""");

        var responses = await calendar.GetResponsesAsync([created.EventId, "local-unknown"], CancellationToken.None);

        Assert.Equal(
            [AttendeeResponse.Accepted, AttendeeResponse.Declined, AttendeeResponse.NotResponded],
            responses[0].Attendees.Select(a => a.Response));
        Assert.False(responses[1].Found);
    }
}
