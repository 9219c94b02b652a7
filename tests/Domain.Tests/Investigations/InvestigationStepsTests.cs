using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ComplianceBot.Domain.Tests.Investigations;

/// <summary>
/// The edges of an investigation's steps in memory (Reg. 22.3, 22.4, 24.1): the three-year window's first and last
/// days, a participation period's order, the process name's normal form, and the record and audit entry each step leaves.
/// </summary>
public sealed class InvestigationStepsTests
{
    private static readonly ActiveOfficer OfficerA = new(TestWorld.OfficerA, Guid.NewGuid());
    private static readonly ActiveOfficer OfficerB = new(TestWorld.OfficerB, Guid.NewGuid());
    private static readonly DateOnly Today = new(2026, 3, 10);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));
    private readonly RegisterClock _clock;
    private readonly ReportIntake _intake;

    public InvestigationStepsTests()
    {
        _clock = new RegisterClock(_time, Options.Create(new OrganizationOptions()));
        var options = Options.Create(new RegistersOptions { PassphraseIterations = 1, IdentityEncryptionKey = Convert.ToBase64String(new byte[32]) });
        _intake = new ReportIntake(new PassphraseHasher(options), new IdentitySealer(options), _clock, options);
    }

    private ConfidentialReport UnderReviewByA()
    {
        var report = _intake.File(new ReportSubmission(ReportCategory.Procurement, "Rigged tender", null, [], false), null).Report;
        report.Acknowledge(new CaseHandlerClearance(report.Id, OfficerA, handlerGone: true), _clock.Now);
        report.StartReview(OfficerA, _clock.Now);
        return report;
    }

    private static PendingAudit LastAudit(AuditedAggregate aggregate) => aggregate.PendingAudit[^1];

    // Reg. 24.1: "within three years" includes the day three years back and today, not the day before nor a future start.
    [Theory]
    [InlineData("2020-01-01", "2023-03-10", true)]
    [InlineData("2020-01-01", "2023-03-09", false)]
    [InlineData("2026-03-10", null, true)]
    [InlineData("2026-03-11", null, false)]
    [InlineData("2010-01-01", null, true)]
    [InlineData("2026-03-10", "2026-03-10", true)]
    public void OverlapsLastThreeYears_FirstAndLastDaysOfTheWindow(string from, string? to, bool overlaps)
    {
        var record = ParticipationRecord.Record("person", "Procurement", DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), TestWorld.OfficerA, _clock.Now);

        Assert.Equal(overlaps, record.OverlapsLastThreeYears(Today));
    }

    // Reg. 24.1: a period ends on or after its first day; one ending the day before is refused.
    [Fact]
    public void Record_EndBeforeStart_IsRefused_OneDayPeriodAccepted()
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            ParticipationRecord.Record("person", "Procurement", Today, Today.AddDays(-1), TestWorld.OfficerA, _clock.Now));
        Assert.Equal(ParticipationRecord.ParticipationEndsAfterItStarts, error.Rule);

        var record = ParticipationRecord.Record("person", "  procurement   of  FUEL ", Today, Today, TestWorld.OfficerA, _clock.Now);

        Assert.Equal(("PROCUREMENT OF FUEL", "person", TestWorld.OfficerA, _clock.Now), (record.ProcessKey, record.PersonAadObjectId, record.RecordedBy, record.RecordedAt));
        Assert.Equal(("ParticipationRecorded", TestWorld.OfficerA, record.Id.ToString()), (LastAudit(record).Action, LastAudit(record).Actor, LastAudit(record).EntityId));
    }

    // Reg. 24.1: a participation record without the person it is about would recuse nobody; refused, naming the field.
    [Fact]
    public void Record_NoPerson_IsRefusedNamingThePerson()
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            ParticipationRecord.Record("  ", "Procurement", Today, null, TestWorld.OfficerA, _clock.Now));

        Assert.Equal(Guard.FieldIsRequired, error.Rule);
        Assert.EndsWith(": person is required", error.Message, StringComparison.Ordinal);
    }

    // Reg. 24.1: one process whatever the case and spacing.
    [Theory]
    [InlineData("Procurement of fuel", "PROCUREMENT OF FUEL")]
    [InlineData("  procurement\u0020\u0020of fuel  ", "PROCUREMENT OF FUEL")]
    [InlineData("hr", "HR")]
    public void Normalize_CaseAndSpacesIgnored(string process, string key) => Assert.Equal(key, ProcessKey.Normalize(process));

    // Reg. 22.3: opening records who opened it, on which process and report, and audits it against the report.
    [Fact]
    public void Open_RecordsTheOpenerAndAuditsTheReport()
    {
        var report = UnderReviewByA();

        var investigation = Investigation.Open(report, OfficerA, " Procurement  of fuel", _clock.Now);

        Assert.Equal((report.Id, "PROCUREMENT OF FUEL", TestWorld.OfficerA, _clock.Now), (investigation.ReportId, investigation.ProcessKey, investigation.OpenedBy, investigation.OpenedAt));
        Assert.Equal(("InvestigationOpened", TestWorld.OfficerA, $"report {report.Id}"), (LastAudit(investigation).Action, LastAudit(investigation).Actor, LastAudit(investigation).Details));
        Assert.Equal(ReportStatus.UnderInvestigation, report.Status);
    }

    // Reg. 22.3: an investigator is assigned once, recorded with who assigned and when, and none after the conclusion.
    [Fact]
    public void AddInvestigator_OnceWhileOpen_RecordedAndAudited()
    {
        var report = UnderReviewByA();
        var investigation = Investigation.Open(report, OfficerA, "Procurement", _clock.Now);

        var assignment = investigation.AddInvestigator(OfficerA, "investigator-1", _clock.Now);

        Assert.Equal((investigation.Id, "investigator-1", TestWorld.OfficerA, _clock.Now), (assignment.InvestigationId, assignment.InvestigatorAadObjectId, assignment.AssignedBy, assignment.AssignedAt));
        Assert.Equal(("InvestigatorAssigned", "investigator investigator-1"), (LastAudit(investigation).Action, LastAudit(investigation).Details));
        var twice = Assert.Throws<DomainRuleException>(() => investigation.AddInvestigator(OfficerA, "investigator-1", _clock.Now));
        Assert.Equal(Investigation.InvestigatorIsAssignedOnce, twice.Rule);
        investigation.AddInvestigator(OfficerA, "investigator-2", _clock.Now);
        Assert.Equal(2, investigation.Assignments.Count);

        investigation.Conclude(report, OfficerA, "Confirmed.", _clock.Now);
        var late = Assert.Throws<DomainRuleException>(() => investigation.AddInvestigator(OfficerA, "investigator-3", _clock.Now));
        Assert.Equal(Investigation.ConcludedInvestigationIsFinal, late.Rule);
        Assert.Equal(2, investigation.Assignments.Count);
        Assert.Equal((TestWorld.OfficerA, "Confirmed.", (DateTimeOffset?)_clock.Now), (investigation.ConcludedBy, investigation.Findings, investigation.ConcludedAt));
        Assert.Equal(("InvestigationConcluded", TestWorld.OfficerA), (LastAudit(investigation).Action, LastAudit(investigation).Actor));
    }

    // Reg. 22.4: the request records who asked whom, by when, and audits the report and the last day.
    [Fact]
    public void Request_RecordsTheAddresseeAndAuditsTheDeadline()
    {
        var report = UnderReviewByA();
        var employee = Employee.Create("employee-1", "tenant", "Marat Employee", "kk", _clock.Now);

        var request = ExplanationRequest.Request(report, OfficerA, employee, "Who chose the supplier?", Today.AddDays(1), _clock);

        Assert.Equal(("employee-1", "Marat Employee", "Who chose the supplier?", TestWorld.OfficerA, _clock.Now, report.Id),
            (request.EmployeeAadObjectId, request.EmployeeName, request.Question, request.RequestedBy, request.RequestedAt, request.ReportId));
        Assert.Equal(("ExplanationRequested", TestWorld.OfficerA, $"report {report.Id}, due 2026-03-11"),
            (LastAudit(request).Action, LastAudit(request).Actor, LastAudit(request).Details));
        Assert.False(request.IsAnswered);
        Assert.Throws<DomainRuleException>(() => ExplanationRequest.Request(report, OfficerB, employee, "Again?", Today.AddDays(2), _clock));
        Assert.Throws<DomainRuleException>(() => ExplanationRequest.Request(report, OfficerA, employee, "Yesterday?", Today.AddDays(-1), _clock));
    }

    // Reg. 22.4: a closed case demands no more explanations.
    [Fact]
    public void Request_ClosedReport_IsRefused()
    {
        var report = UnderReviewByA();
        report.Close(OfficerA, ReportOutcome.NotSubstantiated, "Not confirmed.", _clock.Now);
        var employee = Employee.Create("employee-1", "tenant", "Marat Employee", "kk", _clock.Now);

        var error = Assert.Throws<DomainRuleException>(() =>
            ExplanationRequest.Request(report, OfficerA, employee, "Who chose the supplier?", Today.AddDays(3), _clock));

        Assert.Equal(ConfidentialReport.ClosedReportTakesNoMessages, error.Rule);
    }

    // Reg. 22.4: the addressee's answer is kept with its time and audited as theirs; a late answer is accepted.
    [Fact]
    public void Give_LateByTheAddressee_RecordedWithItsTimeAndAudited()
    {
        var report = UnderReviewByA();
        var request = ExplanationRequest.Request(report, OfficerA,
            Employee.Create("employee-1", "tenant", "Marat Employee", "kk", _clock.Now), "Who chose the supplier?", Today.AddDays(1), _clock);
        var late = _clock.Now.AddDays(5);
        Assert.True(request.IsOverdue(Today.AddDays(5)));
        Assert.Throws<DomainRuleException>(() => request.EnsureAddressee("employee-2"));

        request.Give("employee-1", "The committee did.", late);

        Assert.Equal(("The committee did.", (DateTimeOffset?)late), (request.Answer, request.AnsweredAt));
        Assert.True(request.IsAnswered);
        Assert.False(request.IsOverdue(Today.AddDays(5)));
        Assert.Equal(("ExplanationGiven", "employee-1", late), (LastAudit(request).Action, LastAudit(request).Actor, LastAudit(request).At));
        var again = Assert.Throws<DomainRuleException>(() => request.Give("employee-1", "Changed my mind.", late));
        Assert.Equal(ExplanationRequest.AnsweredOnce, again.Rule);
        Assert.Equal("The committee did.", request.Answer);
    }

    // Reg. 24.1, 24.2, 24.6: each rule has its handler and its investigator form, so a refusal says who is refused.
    [Fact]
    public void RecusalRules_EachRoleItsOwnRule()
    {
        Assert.Equal(RecusalRules.HandlerMustNotBeAPersonConcerned, RecusalRules.PersonConcerned(CaseRole.HandlingOfficer));
        Assert.Equal(InvestigatorVetting.InvestigatorMustNotBeAPersonConcerned, RecusalRules.PersonConcerned(CaseRole.Investigator));
        Assert.Equal(RecusalRules.HandlerMustNotHaveTakenPartInProcessWithinThreeYears, RecusalRules.TookPartInProcess(CaseRole.HandlingOfficer));
        Assert.Equal(InvestigatorVetting.InvestigatorMustNotHaveTakenPartInProcessWithinThreeYears, RecusalRules.TookPartInProcess(CaseRole.Investigator));
        Assert.Equal(RecusalRules.HandlerMustNotHaveConflictOfInterest, RecusalRules.Conflict(CaseRole.HandlingOfficer));
        Assert.Equal(InvestigatorVetting.InvestigatorMustNotHaveConflictOfInterest, RecusalRules.Conflict(CaseRole.Investigator));
    }
}
