using System.Text.Json;
using System.Text.RegularExpressions;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Tests.Reports;

/// <summary>Decision 119: when notices about an anonymous report leave, the time they carry, and what the director sees.</summary>
public sealed partial class AnonymousNoticeReleaseTests : RegisterTestBase
{
    private static readonly TimeSpan Almaty = TimeSpan.FromHours(5);
    private static readonly TimeSpan Window = TimeSpan.FromHours(2);

    private static ReportSubmission Submission(bool directorImplicated = false) => new(
        ReportCategory.Procurement, "Tender rigged", "Almaty", ["Head of procurement"], directorImplicated);

    private AnonymousNoticeRelease Release(TimeSpan? window = null) =>
        new(World.Clock, Options.Create(new AnonymousReleaseOptions { Window = window ?? Window }));

    private ReportNotices Notices(RegistersDbContext db)
    {
        var organization = Options.Create(new OrganizationOptions { DirectorAadObjectId = TestWorld.Director, AuthorizedBodyEmail = "agency@example.kz" });
        return new(db, World.Clock, organization, new DirectorDigest(db, World.Clock, Options.Create(new DirectorDigestOptions()), organization));
    }

    private void SetLocal(int month, int day, int hour, int minute, int second = 17, int millisecond = 437) =>
        World.Time.SetUtcNow(new DateTimeOffset(2026, month, day, hour, minute, second, millisecond, Almaty).ToUniversalTime());

    private List<DateTimeOffset> Draw(ConfidentialReport report, int count = 300, TimeSpan? window = null)
    {
        var release = Release(window);
        return Enumerable.Range(0, count).Select(_ => release.ReleaseFor(report)).ToList();
    }

    // Reg. 23.2: filed in working hours (Wednesday 10:17), the notices leave within the next two hours, in working hours,
    // later than the filing and on a whole second, so the filing instant survives in no release time.
    [Fact]
    public void ReleaseFor_AnonymousInWorkingHours_WithinWindowInWorkingHoursOnWholeSeconds()
    {
        SetLocal(3, 11, 10, 17);
        var filedAt = World.Clock.Now;
        var report = World.Intake.File(Submission(), identity: null).Report;
        var hours = Release().WorkingHours;

        Assert.All(Draw(report), r =>
        {
            Assert.InRange(r, filedAt, filedAt + Window);
            Assert.True(hours.Contains(r), $"{r:O} is outside working hours");
            Assert.Equal(0, r.UtcTicks % TimeSpan.TicksPerSecond);
            Assert.NotEqual(filedAt.UtcTicks / TimeSpan.TicksPerSecond, r.UtcTicks / TimeSpan.TicksPerSecond);
        });
    }

    // Reg. 23.2: filed at 17:30:17, the rest of the window (1:30:18) runs on the next working morning, never in the evening.
    [Fact]
    public void ReleaseFor_AnonymousLateInTheDay_RestOfTheWindowOnTheNextWorkingMorning()
    {
        SetLocal(3, 11, 17, 30);
        var report = World.Intake.File(Submission(), identity: null).Report;

        var draws = Draw(report);

        Assert.All(draws, r =>
        {
            var local = r.ToOffset(Almaty);
            var today = local.Day == 11 && local.TimeOfDay >= new TimeSpan(17, 30, 0) && local.TimeOfDay < TimeSpan.FromHours(18);
            var nextMorning = local.Day == 12 && local.TimeOfDay >= TimeSpan.FromHours(9) && local.TimeOfDay <= new TimeSpan(10, 30, 18);
            Assert.True(today || nextMorning, $"{local:O} is neither before 18:00 today nor before 10:30:18 tomorrow");
        });
        Assert.Contains(draws, r => r.ToOffset(Almaty).Day == 12);
    }

    // Reg. 23.2: filed on Saturday night, released on Monday between 09:00 and 11:00.
    [Fact]
    public void ReleaseFor_AnonymousOnSaturdayNight_ReleasedMondayMorning()
    {
        SetLocal(3, 14, 23, 10);
        var report = World.Intake.File(Submission(), identity: null).Report;
        var monday = new DateTimeOffset(2026, 3, 16, 9, 0, 0, Almaty);

        Assert.All(Draw(report), r => Assert.InRange(r, monday, monday + Window));
    }

    // Reg. 23.2: the moment is drawn, not fixed: it spreads over the whole window.
    [Fact]
    public void ReleaseFor_Anonymous_SpreadOverTheWindow()
    {
        SetLocal(3, 11, 10, 0);
        var filedAt = World.Clock.Now;
        var report = World.Intake.File(Submission(), identity: null).Report;

        var offsets = Draw(report, 400).Select(r => r - filedAt).ToList();

        Assert.True(offsets.Distinct().Count() > 200, $"only {offsets.Distinct().Count()} distinct moments in 400");
        Assert.Contains(offsets, o => o < Window / 4);
        Assert.Contains(offsets, o => o > Window * 3 / 4);
    }

    // Decision 119: a window of zero turns the delay off; a named report's notices always leave at once.
    [Fact]
    public void ReleaseFor_WindowZeroOrNamed_Now()
    {
        SetLocal(3, 11, 10, 17);
        var anonymous = World.Intake.File(Submission(), identity: null).Report;
        var named = World.Intake.File(Submission(), new ReporterIdentity("aad-r", "R", "29:r")).Report;

        Assert.All(Draw(anonymous, 20, TimeSpan.Zero), r => Assert.Equal(World.Clock.Now, r));
        Assert.All(Draw(named, 20), r => Assert.Equal(World.Clock.Now, r));
    }

    // Reg. 23.2, 23.3: the director's notice of an anonymous report is held until the release and carries that moment,
    // never the filing time, in every timestamp of its row and in its payload; the outbox does not hand it out before.
    [Fact]
    public async Task ReportFiled_Anonymous_DirectorRowCarriesTheReleaseAndIsHeldUntilThen()
    {
        SetLocal(3, 11, 10, 17);
        var filedAt = World.Clock.Now;
        var (report, releaseAt) = await FileAsync();

        await using var db = Database.CreateContext();
        var row = await db.OutboxMessages.SingleAsync(m => m.Kind == OutboxKinds.DirectorMail);
        Assert.Equal((releaseAt, releaseAt), (row.CreatedAt, row.NextAttemptAt));
        using var payload = JsonDocument.Parse(row.Payload);
        Assert.Equal(releaseAt, payload.RootElement.GetProperty("eventAt").GetDateTimeOffset());
        Assert.Equal("2026-03-11", payload.RootElement.GetProperty("date").GetString());
        Assert.DoesNotContain(filedAt.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), row.Payload, StringComparison.Ordinal);

        var store = new OutboxStore(db, World.Time);
        Assert.Empty(await store.ClaimDueAsync("instance-1", 10, TimeSpan.FromMinutes(2), CancellationToken.None));
        World.Time.SetUtcNow(releaseAt);
        Assert.Single(await store.ClaimDueAsync("instance-1", 10, TimeSpan.FromMinutes(2), CancellationToken.None));
        Assert.Equal(report.Id, (await db.ConfidentialReports.SingleAsync()).Id);
    }

    // Reg. 23.3: the 5-minute target counts from the release: delivered 4 minutes after it is in time, although
    // the report was filed well over 5 minutes earlier.
    [Fact]
    public async Task DeliveryTarget_AnonymousReport_CountsFromTheRelease()
    {
        SetLocal(3, 11, 10, 17);
        var filedAt = World.Clock.Now;
        await FileAsync(releaseAt: filedAt + TimeSpan.FromMinutes(97));

        await using var db = Database.CreateContext();
        var row = await db.OutboxMessages.SingleAsync(m => m.Kind == OutboxKinds.DirectorMail);
        using var payload = JsonDocument.Parse(row.Payload);
        var record = NoticeDelivery.Start(row.IdempotencyKey, row.Kind, "n", "c", payload.RootElement.GetProperty("eventAt").GetDateTimeOffset());
        var target = TimeSpan.FromMinutes(5);
        Assert.False(record.NeedsAlert(filedAt + TimeSpan.FromMinutes(60), target));
        record.Delivered(filedAt + TimeSpan.FromMinutes(101), target);
        Assert.False(record.Late);
    }

    // Reg. 22.3: the 7-day acknowledgement deadline counts from the filing date, not from a release on another day.
    [Fact]
    public async Task AcknowledgeBy_AnonymousFiledFridayEvening_SevenDaysFromTheFilingDate()
    {
        SetLocal(3, 13, 18, 30);
        var (report, releaseAt) = await FileAsync(window: Window);

        Assert.Equal(new DateOnly(2026, 3, 16), DateOnly.FromDateTime(releaseAt.ToOffset(Almaty).DateTime));
        Assert.Equal(new DateOnly(2026, 3, 20), report.AcknowledgeBy);
        World.Time.SetUtcNow(new DateTimeOffset(2026, 3, 20, 12, 0, 0, Almaty));
        await using var db = Database.CreateContext();
        var due = await new ReportDeadlines(db, World.Clock).AcknowledgementsDueAsync(0);
        Assert.Equal(new DateOnly(2026, 3, 20), Assert.Single(due).DueOn);
    }

    // Reg. 29: reports 1, 2 (implicating the director) and 3: nothing the director gets — mail rows, the view — holds a
    // register number, so no gap points at report 2; each report keeps one reference of its own.
    [Fact]
    public async Task DirectorNotices_ThreeReportsSecondImplicatingTheDirector_NoRegisterNumberNoGap()
    {
        var ids = new List<Guid>();
        var released = DateTimeOffset.MinValue;
        foreach (var implicated in new[] { false, true, false })
        {
            var (report, releaseAt) = await FileAsync(Submission(implicated));
            ids.Add(report.Id);
            released = releaseAt > released ? releaseAt : released;
        }

        // The director's view lists an anonymous report from its release moment (decision 148).
        World.Time.SetUtcNow(released);
        await using var db = Database.CreateContext();
        Assert.Equal(["R-2026-0001", "R-2026-0002", "R-2026-0003"], await db.ConfidentialReports.Select(r => r.Number!).OrderBy(n => n).ToListAsync());
        var mails = await db.OutboxMessages.Where(m => m.Kind == OutboxKinds.DirectorMail).Select(m => m.Payload).ToListAsync();
        var view = await new DirectorReportView(db, World.Clock).ListAsync();
        Assert.Equal(2, mails.Count);
        Assert.Equal(2, view.Count);
        var seen = string.Join('\n', mails) + JsonSerializer.Serialize(view);
        Assert.DoesNotMatch(RegisterNumber(), seen);
        var references = mails.Select(m => JsonDocument.Parse(m).RootElement.GetProperty("number").GetString()).ToList();
        // The outbox rows come back in no promised order: which references, not their order, is the rule.
        Assert.Equal(new[] { DirectorReference.For(ids[0]), DirectorReference.For(ids[2]) }.Order(StringComparer.Ordinal), references.Order(StringComparer.Ordinal));
        Assert.Equal(references.Order(StringComparer.Ordinal), view.Select(v => v.Reference));
    }

    // Decision 119: a window beyond 8 hours (Reg. 23.3: in time) or a working day that ends before it starts is refused.
    [Fact]
    public void Options_WindowTooLongOrWorkdayReversed_Refused()
    {
        static bool Valid(AnonymousReleaseOptions o) =>
            System.ComponentModel.DataAnnotations.Validator.TryValidateObject(o, new(o), null, validateAllProperties: true) && o.HasValidWorkday();

        Assert.True(Valid(new AnonymousReleaseOptions()));
        Assert.True(Valid(new AnonymousReleaseOptions { Window = TimeSpan.Zero }));
        Assert.False(Valid(new AnonymousReleaseOptions { Window = TimeSpan.FromHours(9) }));
        Assert.False(Valid(new AnonymousReleaseOptions { WorkdayStart = TimeSpan.FromHours(18), WorkdayEnd = TimeSpan.FromHours(9) }));
    }

    private async Task<(ConfidentialReport Report, DateTimeOffset ReleaseAt)> FileAsync(
        ReportSubmission? submission = null, DateTimeOffset? releaseAt = null, TimeSpan? window = null)
    {
        await using var db = Database.CreateContext();
        var report = World.Intake.File(submission ?? Submission(), identity: null).Report;
        db.ConfidentialReports.Add(report);
        await db.SaveChangesAsync();
        var release = releaseAt ?? Release(window).ReleaseFor(report);
        Notices(db).ReportFiled(report, release);
        await db.SaveChangesAsync();
        return (report, release);
    }

    [GeneratedRegex(@"R-\d{4}-\d{4}")]
    private static partial Regex RegisterNumber();
    // Decision 119: the shortest window, one second, still releases later than the filing: exactly one second on.
    [Fact]
    public void ReleaseFor_OneSecondWindow_ReleasesOneWholeSecondLater()
    {
        SetLocal(3, 11, 10, 17, millisecond: 0);
        var report = World.Intake.File(Submission(), identity: null).Report;

        Assert.All(Draw(report, 20, TimeSpan.FromSeconds(1)), at => Assert.Equal(World.Clock.Now + TimeSpan.FromSeconds(1), at));
    }
}
