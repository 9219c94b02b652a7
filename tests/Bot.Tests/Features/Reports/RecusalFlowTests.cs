using System.Text.Json;
using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Bot.Tests.Hosting;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace ComplianceBot.Bot.Tests.Features.Reports;

/// <summary>
/// Handling-officer recusal through /api/messages (regulation invariant 3; decision 118). The driver files a report on
/// "Procurement of office supplies" naming "Head of procurement"; officer A is <see cref="ReportsAppFactory.Officer"/>.
/// </summary>
public sealed class RecusalFlowTests
{
    private const string OfficerB = "aad-officer-b-5d1";
    private const string Description = "The tender was decided before it was announced.";
    private static readonly TeamsUser OfficerBUser = new(OfficerB, "29:officer-b-channel-id", "Officer Bolat", "a:conv-o-34");

    public static TheoryData<string, string> Disqualifications => new()
    {
        { "person concerned", "Reg. 24.2" },
        { "took part in the process", "Reg. 24.1" },
        { "declared conflict", "Reg. 24.6" },
    };

    // Reg. 24.1, 24.2, 24.6: an officer the rules keep out gets no card, cannot open or acknowledge the case, and is
    // told which rule and clause; the other officer gets the card and takes the case.
    [Theory]
    [MemberData(nameof(Disqualifications))]
    public async Task DisqualifiedOfficer_GetsNoCard_CannotAcknowledge_SeesTheClause(string disqualification, string clause)
    {
        using var app = new ReportsAppFactory();
        var driver = new ReportFlowDriver(app.CreateClient());
        await app.AppointOfficerAsync();
        await app.AppointOfficerAsync(OfficerB);
        await DisqualifyOfficerAAsync(app, disqualification);
        await driver.FileAsync(ReportFlowDriver.Reporter, "anonymous");
        var id = await ReportIdAsync(app);

        var refused = await driver.OfficerAsync(ReportVerbs.Acknowledge, id);
        var viewed = await driver.OfficerAsync(ReportVerbs.View, id);
        await driver.OfficerAsync(OfficerBUser, ReportVerbs.Acknowledge, id);

        Assert.Equal([OfficerB], await NewReportCardRecipientsAsync(app));
        Assert.Contains(ReportActivities.Texts(refused), t => t.StartsWith("Refused:", StringComparison.Ordinal) && t.Contains(clause, StringComparison.Ordinal));
        Assert.DoesNotContain(Description, ReportActivities.Texts(refused));
        Assert.DoesNotContain(Description, ReportActivities.Texts(viewed));
        var report = await ReportAsync(app);
        Assert.Equal(OfficerB, report.AssignedOfficerAadObjectId);
        Assert.DoesNotContain(report.Transitions, t => t.Actor == ReportsAppFactory.Officer);
    }

    // Reg. 24.1, 24.2, 24.6 (decision 118, changed after review): the officer panel lists only what the case card would
    // open — a disqualified officer sees neither the waiting case nor, once another officer handles it, the overdue
    // explanation asked in it (the employee's name and the question); the handler sees both.
    [Theory]
    [MemberData(nameof(Disqualifications))]
    public async Task Panel_DisqualifiedOfficer_ListsNeitherTheCaseNorItsOverdueExplanation(string disqualification, string clause)
    {
        _ = clause;
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 5, 0, 0, TimeSpan.Zero));
        using var app = new ReportsAppFactory();
        app.TestServices = services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(time);
            services.WithoutBackgroundServices();
        };
        var driver = new ReportFlowDriver(app.CreateClient());
        await app.AppointOfficerAsync();
        await app.AppointOfficerAsync(OfficerB);
        await AddEmployeeAsync(app, "aad-employee-3", "Marat Employee");
        await DisqualifyOfficerAAsync(app, disqualification);
        await driver.FileAsync(ReportFlowDriver.Reporter, "anonymous");
        var report = await ReportAsync(app);

        var waitingA = await driver.PanelAsync(app, ReportFlowDriver.OfficerUser);
        var waitingB = await driver.PanelAsync(app, OfficerBUser);
        await driver.OfficerAsync(OfficerBUser, ReportVerbs.Acknowledge, report.Id);
        await driver.OfficerAsync(OfficerBUser, ReportVerbs.Explain, report.Id, ("explainPerson", "Marat Employee"),
            ("question", "Why was officer A at the tender?"), ("dueOn", "2026-03-12"));
        time.Advance(TimeSpan.FromDays(5));
        var overdueA = await driver.PanelAsync(app, ReportFlowDriver.OfficerUser);
        var overdueB = await driver.PanelAsync(app, OfficerBUser);

        Assert.Contains(report.Number!, waitingB, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Number!, waitingA, StringComparison.Ordinal);
        Assert.Contains("Why was officer A", overdueB, StringComparison.Ordinal);
        Assert.DoesNotContain("Why was officer A", overdueA, StringComparison.Ordinal);
        Assert.DoesNotContain("Marat Employee", overdueA, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Number!, overdueA, StringComparison.Ordinal);
    }

    // Reg. 24.6: a disqualified officer cannot be made the handler by reassignment either; the refusal names the clause.
    [Fact]
    public async Task Reassign_ToDisqualifiedOfficer_IsRefusedWithTheClause()
    {
        using var app = new ReportsAppFactory();
        var driver = new ReportFlowDriver(app.CreateClient());
        await app.AppointOfficerAsync();
        await app.AppointOfficerAsync(OfficerB);
        await driver.FileAsync(ReportFlowDriver.Reporter, "anonymous");
        var id = await ReportIdAsync(app);
        await driver.OfficerAsync(ReportVerbs.Acknowledge, id);
        await DeclareConflictAsync(app, OfficerB);

        var refused = await driver.OfficerAsync(ReportVerbs.Reassign, id, ("successor", OfficerB), ("handOverReason", "Absence"));

        Assert.Contains(ReportActivities.Texts(refused), t => t.StartsWith("Refused:", StringComparison.Ordinal) && t.Contains("Reg. 24.6", StringComparison.Ordinal));
        Assert.Equal(ReportsAppFactory.Officer, (await ReportAsync(app)).AssignedOfficerAadObjectId);
    }

    // Reg. 24.1: the handler is vetted again against the process the investigation is opened on.
    [Fact]
    public async Task Investigate_OnAProcessTheHandlerTookPartIn_IsRefusedWithTheClause()
    {
        using var app = new ReportsAppFactory();
        var driver = new ReportFlowDriver(app.CreateClient());
        await app.AppointOfficerAsync();
        await driver.FileAsync(ReportFlowDriver.Reporter, "anonymous");
        var id = await ReportIdAsync(app);
        await driver.OfficerAsync(ReportVerbs.Acknowledge, id);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
            var clock = scope.ServiceProvider.GetRequiredService<RegisterClock>();
            db.ParticipationRecords.Add(ParticipationRecord.Record(ReportsAppFactory.Officer, "Warehouse", clock.Today.AddYears(-1), null, ReportsAppFactory.Director, clock.Now));
            await db.SaveChangesAsync();
        }

        var refused = await driver.OfficerAsync(ReportVerbs.Investigate, id, ("investigationUnit", "warehouse"));

        Assert.Contains(ReportActivities.Texts(refused), t => t.StartsWith("Refused:", StringComparison.Ordinal) && t.Contains("Reg. 24.1", StringComparison.Ordinal));
        await using var read = app.Services.CreateAsyncScope();
        Assert.False(await read.ServiceProvider.GetRequiredService<RegistersDbContext>().Investigations.AnyAsync());
    }

    // Decision 118: only the assigned officer acts — each case action by another officer is refused and changes nothing.
    [Theory]
    [InlineData(ReportVerbs.Message, "messageText", "Hello from B")]
    [InlineData(ReportVerbs.Explain, "explainPerson", "Marat Employee")]
    [InlineData(ReportVerbs.Assign, "investigator", "Marat Employee")]
    [InlineData(ReportVerbs.Findings, "findingsText", "Nothing found")]
    [InlineData(ReportVerbs.Close, "feedbackText", "Closed by B")]
    [InlineData(ReportVerbs.Reassign, "successor", OfficerB)]
    [InlineData(ReportVerbs.Investigate, "investigationUnit", "Warehouse")]
    [InlineData(ReportVerbs.Implicate, "implicateReason", "B thinks so")]
    public async Task CaseAction_ByOfficerNotAssigned_IsRefusedAndChangesNothing(string verb, string input, string value)
    {
        using var app = new ReportsAppFactory();
        var driver = new ReportFlowDriver(app.CreateClient());
        await app.AppointOfficerAsync();
        await app.AppointOfficerAsync(OfficerB);
        await AddEmployeeAsync(app, "aad-employee-3", "Marat Employee");
        await driver.FileAsync(ReportFlowDriver.Reporter, "anonymous");
        var id = await ReportIdAsync(app);
        await driver.OfficerAsync(ReportVerbs.Acknowledge, id);
        if (verb != ReportVerbs.Investigate)
        {
            await driver.OfficerAsync(ReportVerbs.Investigate, id, ("investigationUnit", "Procurement"));
        }

        var before = await StateAsync(app);
        var refused = await driver.OfficerAsync(OfficerBUser, verb, id, (input, value), ("question", "Why?"), ("dueOn", "2099-01-01"),
            ("outcome", nameof(ReportOutcome.OutsideScope)), ("handOverReason", nameof(ReassignmentReason.Absence)));

        Assert.Contains("Refused: Only the officer assigned to this report can do this. (Reg. 23.2)", ReportActivities.Texts(refused));
        Assert.DoesNotContain(Description, ReportActivities.Texts(refused));
        Assert.Equal(before, await StateAsync(app));
    }

    // Decision 118: the handler hands the case over; recorded, audited, the successor gets the case card and acts,
    // the former handler's card loses its actions and their actions are refused.
    [Fact]
    public async Task Reassign_ToEligibleOfficer_IsAuditedAndTheCaseFollows()
    {
        using var app = new ReportsAppFactory();
        var driver = new ReportFlowDriver(app.CreateClient());
        await app.AppointOfficerAsync();
        await app.AppointOfficerAsync(OfficerB);
        await driver.FileAsync(ReportFlowDriver.Reporter, "anonymous");
        var id = await ReportIdAsync(app);
        await driver.OfficerAsync(ReportVerbs.Acknowledge, id);

        var former = await driver.OfficerAsync(ReportVerbs.Reassign, id, ("successor", OfficerB), ("handOverReason", nameof(ReassignmentReason.TermEnds)));
        var afterwards = await driver.OfficerAsync(ReportVerbs.Message, id, ("messageText", "Still me"));
        var successor = await driver.OfficerAsync(OfficerBUser, ReportVerbs.Message, id, ("messageText", "Hello from the new officer"));

        Assert.Contains($"The case was handed over to {OfficerB}.", ReportActivities.Texts(former));
        Assert.Equal(0, former.TryGetProperty("actions", out var actions) ? actions.GetArrayLength() : 0);
        Assert.Contains(ReportActivities.Texts(afterwards), t => t.StartsWith("Refused:", StringComparison.Ordinal));
        Assert.Contains("Done.", ReportActivities.Texts(successor));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var audit = await db.AuditEntries.SingleAsync(a => a.Action == "ReportReassigned");
        Assert.Equal((ReportsAppFactory.Officer, $"to {OfficerB}, reason TermEnds"), (audit.Actor, audit.Details));
        var handover = await db.OutboxMessages.SingleAsync(m => m.IdempotencyKey.StartsWith("report-handover:"));
        Assert.Equal(OfficerB, handover.Recipient);
        Assert.Contains("This case was handed over to you.", handover.Payload, StringComparison.Ordinal);
        var report = await db.ConfidentialReports.SingleAsync();
        Assert.Equal(["Hello from the new officer"], report.Messages.Select(m => m.Text));
    }

    // Decision 118: with no officer who may handle the case, the director is asked to appoint one — number, category,
    // date only — and an officer appointed later can take the case.
    [Fact]
    public async Task NoEligibleOfficer_FlagsDirectorWithoutIdentity_AndALaterOfficerTakesTheCase()
    {
        using var app = new ReportsAppFactory();
        var driver = new ReportFlowDriver(app.CreateClient());
        await app.AppointOfficerAsync();
        await DisqualifyOfficerAAsync(app, "person concerned");
        await driver.FileAsync(ReportFlowDriver.Reporter, "named");
        var id = await ReportIdAsync(app);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
            Assert.Empty(await NewReportCardRecipientsAsync(app));
            var mail = await db.OutboxMessages.SingleAsync(m => m.Kind == OutboxKinds.DirectorMail && m.Payload.Contains(DirectorNoticeKinds.CaseNeedsOfficer));
            Assert.Equal(ReportsAppFactory.Director, mail.Recipient);
            using var payload = JsonDocument.Parse(mail.Payload);
            Assert.Equal(["category", "date", "eventAt", "noticeType", "number", "status"],
                payload.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray());
            var card = await db.OutboxMessages.SingleAsync(m => m.IdempotencyKey.StartsWith("director-card:CaseNeedsOfficer:"));
            Assert.Equal(ReportsAppFactory.Director, card.Recipient);
            foreach (var row in new[] { mail, card })
            {
                Assert.DoesNotContain(Description, row.Payload, StringComparison.Ordinal);
                Assert.DoesNotContain(ReportFlowDriver.Reporter.Name, row.Payload, StringComparison.Ordinal);
                Assert.DoesNotContain(ReportFlowDriver.Reporter.AadObjectId, row.Payload, StringComparison.Ordinal);
                Assert.DoesNotContain("Head of procurement", row.Payload, StringComparison.Ordinal);
            }
        }

        await app.AppointOfficerAsync(OfficerB);
        await driver.OfficerAsync(OfficerBUser, ReportVerbs.Acknowledge, id);

        Assert.Equal(OfficerB, (await ReportAsync(app)).AssignedOfficerAadObjectId);
    }

    // Reg. 29: a report implicating the director goes to the authorized body; the director is never asked to appoint.
    [Fact]
    public async Task NoEligibleOfficer_DirectorImplicated_DirectorIsNotFlagged()
    {
        using var app = new ReportsAppFactory();
        var driver = new ReportFlowDriver(app.CreateClient());
        await driver.FileAsync(ReportFlowDriver.Reporter, "anonymous", directorInvolved: true);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.Recipient == ReportsAppFactory.Director));
        Assert.True(await db.OutboxMessages.AnyAsync(m => m.Kind == OutboxKinds.AuthorizedBodyMail));
    }

    // Decision 118: the only eligible handler steps aside (recusal); the director is flagged and a new officer takes over.
    [Fact]
    public async Task StepAside_NoOtherEligibleOfficer_FlagsDirectorAndANewOfficerTakesOver()
    {
        using var app = new ReportsAppFactory();
        var driver = new ReportFlowDriver(app.CreateClient());
        await app.AppointOfficerAsync();
        await driver.FileAsync(ReportFlowDriver.Reporter, "anonymous");
        var id = await ReportIdAsync(app);
        await driver.OfficerAsync(ReportVerbs.Acknowledge, id);

        var steppedAside = await driver.OfficerAsync(ReportVerbs.Reassign, id, ("handOverReason", nameof(ReassignmentReason.Recusal)));
        await app.AppointOfficerAsync(OfficerB);
        var taken = await driver.OfficerAsync(OfficerBUser, ReportVerbs.Acknowledge, id);

        Assert.Contains(ReportActivities.Texts(steppedAside), t => t.Contains("director has been asked", StringComparison.Ordinal));
        Assert.Contains("Done.", ReportActivities.Texts(taken));
        var report = await ReportAsync(app);
        Assert.Equal(OfficerB, report.AssignedOfficerAadObjectId);
        Assert.Equal([ReportEvent.HandlerSteppedAside, ReportEvent.TakenOver], report.Transitions.OrderBy(t => t.Sequence).TakeLast(2).Select(t => t.Event));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        Assert.True(await db.OutboxMessages.AnyAsync(m => m.Recipient == ReportsAppFactory.Director && m.Payload.Contains(DirectorNoticeKinds.CaseNeedsOfficer)));
    }

    private static async Task DisqualifyOfficerAAsync(ReportsAppFactory app, string disqualification)
    {
        switch (disqualification)
        {
            case "person concerned":
                await AddEmployeeAsync(app, ReportsAppFactory.Officer, "Head of Procurement");
                break;
            case "took part in the process":
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
                    var clock = scope.ServiceProvider.GetRequiredService<RegisterClock>();
                    db.ParticipationRecords.Add(ParticipationRecord.Record(
                        ReportsAppFactory.Officer, "procurement of office  supplies", clock.Today.AddYears(-2), null, ReportsAppFactory.Director, clock.Now));
                    await db.SaveChangesAsync();
                }

                break;
            default:
                await DeclareConflictAsync(app, ReportsAppFactory.Officer);
                break;
        }
    }

    private static async Task DeclareConflictAsync(ReportsAppFactory app, string officer)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        db.ConflictDeclarations.Add(ConflictOfInterestDeclaration.File(officer,
            new ConflictDetails(ConflictArea.Procurement, "My wife supplies paper", null, "Procurement of office supplies"),
            scope.ServiceProvider.GetRequiredService<RegisterClock>()));
        await db.SaveChangesAsync();
    }

    private static async Task AddEmployeeAsync(ReportsAppFactory app, string id, string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        db.Employees.Add(Employee.Create(id, "tenant-1", name, "en", scope.ServiceProvider.GetRequiredService<RegisterClock>().Now));
        await db.SaveChangesAsync();
    }

    private static async Task<List<string>> NewReportCardRecipientsAsync(ReportsAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RegistersDbContext>().OutboxMessages
            .Where(m => m.IdempotencyKey.StartsWith("report-new:")).Select(m => m.Recipient).ToListAsync();
    }

    /// <summary>Everything an officer action can change: the report's handler, status, steps and thread, the investigation, requests, outbox.</summary>
    private static async Task<string> StateAsync(ReportsAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var report = await db.ConfidentialReports.AsNoTracking().SingleAsync();
        var investigation = await db.Investigations.AsNoTracking().Include(i => i.Assignments).SingleOrDefaultAsync();
        return string.Join("|",
            report.AssignedOfficerAadObjectId, report.Status, report.DirectorImplicated, report.Transitions.Count, report.Messages.Count,
            investigation?.ProcessKey, investigation?.Findings, investigation?.Assignments.Count,
            await db.Set<ExplanationRequest>().CountAsync(), await db.OutboxMessages.CountAsync(), await db.AuditEntries.CountAsync());
    }

    private static async Task<ConfidentialReport> ReportAsync(ReportsAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RegistersDbContext>().ConfidentialReports.AsNoTracking().SingleAsync();
    }

    private static async Task<Guid> ReportIdAsync(ReportsAppFactory app) => (await ReportAsync(app)).Id;
}
