using System.Text.Json;
using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Tests.Notices;

/// <summary>
/// The bookkeeping behind the director's notices: delivery in time (Reg. 23.3) and its alert, the digest's held items
/// (decision 104), the periodic jobs' leases, and the actual-conflict notice's fields and escalation (Reg. 14.12, 29).
/// </summary>
public sealed class NoticeBookkeepingTests : RegisterTestBase
{
    private static readonly DateTimeOffset Event = new(2026, 3, 10, 14, 0, 0, TimeSpan.FromHours(5));
    private static readonly TimeSpan Target = TimeSpan.FromMinutes(15);

    [Fact]
    public void Start_TrimsAndRecordsTheEventInUtc()
    {
        var delivery = NoticeDelivery.Start(" key-1 ", " director.mail ", " R-2026-0001 ", " Bribery ", Event);

        Assert.Equal(("key-1", "director.mail", "R-2026-0001", "Bribery"), (delivery.IdempotencyKey, delivery.Kind, delivery.Number, delivery.Category));
        Assert.Equal((Event, TimeSpan.Zero), (delivery.EventAt, delivery.EventAt.Offset));
        Assert.NotEqual(Guid.Empty, delivery.Id);
    }

    // Reg. 23.3: delivered exactly at the target is in time; a millisecond later is late.
    [Fact]
    public void Delivered_AtTheTargetInTimeAfterItLate()
    {
        var onTime = NoticeDelivery.Start("k", "kind", "n", "c", Event);
        onTime.Delivered(Event + Target, Target);
        Assert.Equal((false, (long?)Target.TotalMilliseconds, Event + Target), (onTime.Late, onTime.DelayMilliseconds, onTime.DeliveredAt));
        Assert.Equal(TimeSpan.Zero, onTime.DeliveredAt!.Value.Offset);
        Assert.False(onTime.NeedsAlert(Event.AddDays(1), Target));

        var late = NoticeDelivery.Start("k", "kind", "n", "c", Event);
        late.Delivered(Event + Target + TimeSpan.FromMilliseconds(1), Target);
        Assert.Equal((true, (long?)Target.TotalMilliseconds + 1), (late.Late, late.DelayMilliseconds));
        Assert.True(late.NeedsAlert(Event, Target));
    }

    [Fact]
    public void Delivered_Twice_KeepsTheFirstDeliveryAndAClockBehindCountsAsNoDelay()
    {
        var delivery = NoticeDelivery.Start("k", "kind", "n", "c", Event);
        delivery.Delivered(Event.AddSeconds(-5), Target);
        Assert.Equal(0, delivery.DelayMilliseconds);

        delivery.Delivered(Event.AddHours(1), Target);
        Assert.Equal((Event.AddSeconds(-5), false), (delivery.DeliveredAt, delivery.Late));
    }

    // Reg. 23.3: undelivered past the target, or failed, alerts the officers — once.
    [Fact]
    public void NeedsAlert_UndeliveredPastTheTargetOrFailed_UntilTheOfficersAreTold()
    {
        var pending = NoticeDelivery.Start("k", "kind", "n", "c", Event);
        Assert.False(pending.NeedsAlert(Event + Target, Target));
        Assert.True(pending.NeedsAlert(Event + Target + TimeSpan.FromTicks(1), Target));

        var failed = NoticeDelivery.Start("k", "kind", "n", "c", Event);
        failed.Failed(Event.AddMinutes(1));
        failed.Failed(Event.AddMinutes(2));
        Assert.Equal((Event.AddMinutes(1), TimeSpan.Zero), (failed.FailedAt, failed.FailedAt!.Value.Offset));
        Assert.True(failed.NeedsAlert(Event.AddMinutes(1), Target));

        failed.OfficersAlerted(Event.AddMinutes(3));
        failed.OfficersAlerted(Event.AddMinutes(4));
        Assert.Equal((Event.AddMinutes(3), TimeSpan.Zero), (failed.OfficersAlertedAt, failed.OfficersAlertedAt!.Value.Offset));
        Assert.False(failed.NeedsAlert(Event.AddDays(1), Target));
    }

    [Fact]
    public void DigestItem_Hold_TrimsAndIsPendingUntilSettledOnce()
    {
        var reportId = Guid.NewGuid();
        var item = DirectorDigestItem.Hold(" digest:ReportClosed:1 ", " ReportClosed ", " R-1 ", " Bribery ", new DateOnly(2026, 3, 9), " Closed ", Event, reportId);

        Assert.Equal(("digest:ReportClosed:1", "ReportClosed", "R-1", "Bribery", "Closed"), (item.Key, item.NoticeType, item.Number, item.Category, item.Status));
        Assert.Equal((new DateOnly(2026, 3, 9), (Guid?)reportId, Event, TimeSpan.Zero), (item.Date, item.ReportId, item.EventAt, item.EventAt.Offset));
        Assert.True(item.IsPending);

        item.IncludedIn(" digest-mail:2026-03-10 ", Event.AddHours(1));
        Assert.Equal(("digest-mail:2026-03-10", Event.AddHours(1), TimeSpan.Zero), (item.DigestKey, item.DigestedAt, item.DigestedAt!.Value.Offset));
        Assert.False(item.IsPending);
        Assert.Contains("digest:ReportClosed:1", Assert.Throws<InvalidOperationException>(() => item.Withhold(Event)).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => item.IncludedIn("again", Event));
        Assert.Null(item.WithheldAt);
    }

    // Reg. 29: an item withheld because the report now implicates the director is settled and never digested.
    [Fact]
    public void DigestItem_Withhold_SettlesItOnce()
    {
        var item = DirectorDigestItem.Hold("k", "ReportClosed", "R-1", "Bribery", new DateOnly(2026, 3, 9), "Closed", Event);

        item.Withhold(Event.AddHours(2));

        Assert.Equal((Event.AddHours(2), TimeSpan.Zero), (item.WithheldAt, item.WithheldAt!.Value.Offset));
        Assert.False(item.IsPending);
        Assert.Throws<InvalidOperationException>(() => item.IncludedIn("digest", Event));
        Assert.Throws<InvalidOperationException>(() => item.Withhold(Event));
    }

    // Decision 104: only a case outcome and declaration receipts may wait; declarations only ever go in the digest.
    [Theory]
    [InlineData(DirectorNoticeKinds.ReportClosed, true, false)]
    [InlineData(DirectorNoticeKinds.GiftDeclared, true, true)]
    [InlineData(DirectorNoticeKinds.ConflictDeclared, true, true)]
    [InlineData(DirectorNoticeKinds.ReportFiled, false, false)]
    [InlineData(DirectorNoticeKinds.ActualConflict, false, false)]
    [InlineData(DirectorNoticeKinds.ExplanationOverdue, false, false)]
    public void NoticeKinds_WhichMayWaitAndWhichOnlyGoInTheDigest(string kind, bool mayWait, bool onlyInDigest) =>
        Assert.Equal((mayWait, onlyInDigest), (DirectorNoticeKinds.MayWaitForDigest(kind), DirectorNoticeKinds.OnlyInDigest(kind)));

    [Fact]
    public async Task DirectorDigest_HoldsOnlyWhenEnabledWithADirectorAndTheKindMayWait()
    {
        await using var db = Database.CreateContext();
        var off = Digest(db, enabled: false, director: TestWorld.Director);
        var noDirector = Digest(db, enabled: true, director: " ");
        var on = Digest(db, enabled: true, director: TestWorld.Director);

        Assert.Equal((false, false, true), (off.Enabled, noDirector.Enabled, on.Enabled));
        Assert.False(off.TryHold(DirectorNoticeKinds.ReportClosed, "R-1", "Bribery", new DateOnly(2026, 3, 9), "Closed", "s-1"));
        Assert.False(on.TryHold(DirectorNoticeKinds.ReportFiled, "R-1", "Bribery", new DateOnly(2026, 3, 9), "Received", "s-1"));
        var reportId = Guid.NewGuid();
        Assert.True(on.TryHold(DirectorNoticeKinds.ReportClosed, "R-1", "Bribery", new DateOnly(2026, 3, 9), "Closed", "s-1", reportId));
        await db.SaveChangesAsync();

        var item = await db.DirectorDigestItems.SingleAsync();
        Assert.Equal(("digest:ReportClosed:s-1", "ReportClosed", (Guid?)reportId, World.Clock.Now), (item.Key, item.NoticeType, item.ReportId, item.EventAt));
    }

    [Fact]
    public async Task Leases_OneOwnerAtATimeAndNotAgainBeforeTheInterval()
    {
        var interval = TimeSpan.FromHours(1);
        var lease = TimeSpan.FromMinutes(5);
        await using var db = Database.CreateContext();
        var leases = new ScheduledJobLeases(db, World.Time);

        var first = await leases.TryClaimAsync("digest", "a", interval, lease, default);
        Assert.Equal(("digest", "a", World.Time.GetUtcNow() + lease), (first!.Name, first.LeaseOwner, first.LeaseExpiresAt));
        Assert.Null(await leases.TryClaimAsync("digest", "b", interval, lease, default));
        Assert.False(await leases.CompleteAsync("digest", "b", "cursor-b", default));
        Assert.True(await leases.CompleteAsync("digest", "a", "cursor-1", default));
        var done = await db.ScheduledJobs.AsNoTracking().SingleAsync();
        Assert.Equal(("cursor-1", (string?)null, (DateTimeOffset?)null, (DateTimeOffset?)World.Time.GetUtcNow()), (done.Cursor, done.LeaseOwner, done.LeaseExpiresAt, done.LastCompletedAt));

        World.Time.Advance(interval - TimeSpan.FromSeconds(1));
        Assert.Null(await leases.TryClaimAsync("digest", "b", interval, lease, default));
        World.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("cursor-1", (await leases.TryClaimAsync("digest", "b", interval, lease, default))!.Cursor);
    }

    // A lease that ran out is taken over; one released after a failure is free at once.
    [Fact]
    public async Task Leases_ExpiredOrReleasedLeaseIsClaimedAgain()
    {
        var lease = TimeSpan.FromMinutes(5);
        await using var db = Database.CreateContext();
        var leases = new ScheduledJobLeases(db, World.Time);
        await leases.TryClaimAsync("sync", "a", TimeSpan.Zero, lease, default);

        World.Time.Advance(lease);
        Assert.Null(await leases.TryClaimAsync("sync", "b", TimeSpan.Zero, lease, default));
        World.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("b", (await leases.TryClaimAsync("sync", "b", TimeSpan.Zero, lease, default))!.LeaseOwner);

        await leases.ReleaseAsync("sync", "a", default);
        Assert.Null(await leases.TryClaimAsync("sync", "c", TimeSpan.Zero, lease, default));
        await leases.ReleaseAsync("sync", "b", default);
        Assert.Equal("c", (await leases.TryClaimAsync("sync", "c", TimeSpan.Zero, lease, default))!.LeaseOwner);
    }

    [Fact]
    public void JobState_NameIsRequiredAndFitsItsColumn()
    {
        Assert.Equal("sync", ScheduledJobState.Create(" sync ").Name);
        Assert.Equal(DomainMessageKeys.FieldTooLong, Assert.Throws<DomainRuleException>(() => ScheduledJobState.Create(new string('j', ScheduledJobState.NameMaxLength + 1))).MessageKey);
    }

    // Reg. 14.12, 23.3: the director's notice names the register number, the category, the filing day and the status.
    [Fact]
    public async Task ActualConflict_PayloadCarriesNumberCategoryFilingDayAndStatus()
    {
        await using var db = Database.CreateContext();
        var declaration = await AssessedAsync(db, TestWorld.Employee, ConflictLevel.Actual);

        var payload = Notice(db, TestWorld.Director, "agency@example.kz").Assessed(declaration);

        Assert.Equal(new DirectorNoticePayload(DirectorNoticeKinds.ActualConflict, "C-2026-0001", "ConflictOfInterest", new DateOnly(2026, 3, 10), "Decided", World.Clock.Now), payload);
        Assert.Equal($"director-mail:ActualConflict:{declaration.Id}", ActualConflictNotice.DirectorKey(ReportNotices.DirectorMailKeyPrefix, declaration.Id));
    }

    // Reg. 29: the director's own conflict with no authorized body configured still goes out, to the placeholder, never to the director.
    [Fact]
    public async Task ActualConflict_DirectorsOwnWithoutAgencyMail_QueuedForTheUnconfiguredBody()
    {
        await using var db = Database.CreateContext();
        var declaration = await AssessedAsync(db, TestWorld.Director, ConflictLevel.Actual);

        Assert.Null(Notice(db, $" {TestWorld.Director.ToUpperInvariant()} ", " ").Assessed(declaration));
        await db.SaveChangesAsync();

        var row = await db.OutboxMessages.SingleAsync();
        Assert.Equal((OutboxKinds.AuthorizedBodyMail, ReportNotices.UnconfiguredAuthorizedBody, $"authorized-body-mail:{declaration.Id}:ActualConflict"), (row.Kind, row.Recipient, row.IdempotencyKey));
        var payload = JsonDocument.Parse(row.Payload).RootElement;
        Assert.Equal(("C-2026-0001", "ConflictOfInterest", "2026-03-10"), (payload.GetProperty("number").GetString(), payload.GetProperty("category").GetString(), payload.GetProperty("date").GetString()));
    }

    [Fact]
    public async Task ActualConflict_NoDirectorConfiguredOrNotSaved_NothingOrRefused()
    {
        await using var db = Database.CreateContext();
        var declaration = await AssessedAsync(db, TestWorld.Employee, ConflictLevel.Actual);

        Assert.Null(Notice(db, null, "agency@example.kz").Assessed(declaration));
        Assert.Empty(db.ChangeTracker.Entries<ComplianceBot.Domain.Outbox.OutboxMessage>());

        var unsaved = ConflictOfInterestDeclaration.File(TestWorld.Employee, Details, World.Clock);
        unsaved.Assess(await World.OfficerAsync(db), ConflictLevel.Actual, SettlementMeasure.Other, null, null, "Found", World.Clock);
        Assert.Throws<InvalidOperationException>(() => Notice(db, TestWorld.Director, null).Assessed(unsaved));
    }

    private static readonly ConflictDetails Details = new(ConflictArea.Procurement, "Shares in a bidder", null, "Tender 2026-14");

    private async Task<ConflictOfInterestDeclaration> AssessedAsync(RegistersDbContext db, string declarant, ConflictLevel level)
    {
        var declaration = ConflictOfInterestDeclaration.File(declarant, Details, World.Clock);
        db.ConflictDeclarations.Add(declaration);
        await db.SaveChangesAsync();
        declaration.Assess(await World.OfficerAsync(db), level, SettlementMeasure.Divestment, null, null, "Found", World.Clock);
        return declaration;
    }

    private ActualConflictNotice Notice(RegistersDbContext db, string? director, string? agency) =>
        new(db, World.Clock, Options.Create(new OrganizationOptions { DirectorAadObjectId = director, AuthorizedBodyEmail = agency }));

    private DirectorDigest Digest(RegistersDbContext db, bool enabled, string director) =>
        new(db, World.Clock, Options.Create(new DirectorDigestOptions { DigestEnabled = enabled }), Options.Create(new OrganizationOptions { DirectorAadObjectId = director }));
}
