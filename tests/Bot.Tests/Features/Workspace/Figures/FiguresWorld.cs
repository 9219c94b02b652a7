using ComplianceBot.Bot.Tests.Hosting;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Gifts;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using ComplianceBot.Domain.Trainings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ComplianceBot.Bot.Tests.Features.Workspace.Figures;

/// <summary>
/// One organisation seen on 15 June 2026 (Almaty), seeded once through the Domain's own use cases: five reports whose
/// deadlines were met in time, late or not yet, one of them marked as implicating the director after its notice was
/// queued (Reg. 29); two employees with a gift, an outside training and an explanation request each.
/// </summary>
public sealed class FiguresWorld : BotTestHost, IAsyncLifetime
{
    public const string Director = "aad-fig-director";
    public const string Officer = "aad-fig-officer";
    public const string Aliya = "aad-fig-aliya";
    public const string Berik = "aad-fig-berik";
    public const string ReporterName = "Aigerim Seitkali";
    public const string PersonConcerned = "Nurlan Suspectov";

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 1, 6, 0, 0, TimeSpan.Zero));

    public FiguresWorld()
        : base(new TestDataFolder())
    {
        BackgroundServicesOff = true;
        Time = time;
        Settings["Organization:DirectorAadObjectId"] = Director;
        // The director's notice cards are answered at /api/messages (DirectorAcknowledgementTests).
        Settings["Teams:DangerouslyAllowUnauthenticatedRequests"] = "true";
        Settings["Teams:AllowedServiceUrlHosts:0"] = new Uri(Features.Reports.ReportActivities.ServiceUrl).Host;
    }

    /// <summary>The report that implicates the director: its reference and case code must never reach the director.</summary>
    public ConfidentialReport Implicating { get; private set; } = null!;

    /// <summary>A report the director may see, with a notice to the director.</summary>
    public ConfidentialReport Visible { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await AddEmployeeAsync(Director, "Daulet Director", "Management");
        await AddEmployeeAsync(Aliya, "Aliya Declarant", "Procurement");
        await AddEmployeeAsync(Berik, "Berik Declarant", "Finance");
        await AppointOfficerAsync(Officer, "No. 1", "test", "Olzhas Officer", tenant: "development");

        // 1 March: an anonymous report nobody acknowledges (over 90 days old by June, both deadlines missed).
        await FileAsync(ReportCategory.Other, identity: null);
        // 1 May: acknowledged on 3 May (in time), closed on 10 June (in time).
        // 2 May: acknowledged on 20 May (late), still open within its 3 months.
        At(2026, 5, 1);
        var first = await FileAsync(ReportCategory.Bribery, new ReporterIdentity("aad-fig-reporter", ReporterName, null));
        At(2026, 5, 2);
        var second = await FileAsync(ReportCategory.Procurement, identity: null);
        At(2026, 5, 3);
        await ActAsync(first.Id, (report, officer, _) => report.Acknowledge(officer.Clearance, Now));
        At(2026, 5, 20);
        await ActAsync(second.Id, (report, officer, _) => report.Acknowledge(officer.Clearance, Now));
        // 1 June: a report whose notice went out, then marked as implicating the director (Reg. 29).
        At(2026, 6, 1);
        Implicating = await FileAsync(ReportCategory.AbuseOfOffice, new ReporterIdentity("aad-fig-reporter", ReporterName, null), notify: true);
        At(2026, 6, 2);
        await ActAsync(Implicating.Id, (report, officer, _) => report.MarkDirectorImplicated(officer.Officer, "the director chose the supplier", Now));
        At(2026, 6, 10);
        await ActAsync(first.Id, (report, officer, _) => report.Close(officer.Officer, ReportOutcome.Substantiated, "Thank you; measures taken.", Now));
        // Explanations asked of both employees in the second case; Aliya answers hers.
        await ActAsync(second.Id, (report, officer, db) =>
        {
            db.Set<ExplanationRequest>().Add(ExplanationRequest.Request(report, officer.Officer, Person(db, Aliya), "Aliya, who chose the supplier?", new DateOnly(2026, 6, 20), Clock));
            db.Set<ExplanationRequest>().Add(ExplanationRequest.Request(report, officer.Officer, Person(db, Berik), "Berik, who signed the contract?", new DateOnly(2026, 6, 12), Clock));
        });
        await WithDbAsync(async db =>
        {
            var aliyas = await db.Set<ExplanationRequest>().SingleAsync(e => e.EmployeeAadObjectId == Aliya);
            aliyas.Give(Aliya, "The tender committee.", Now);
            await db.SaveChangesAsync();
        });
        // 12 June: a new report awaiting acknowledgement within its 7 days, with a notice to the director.
        At(2026, 6, 12);
        Visible = await FileAsync(ReportCategory.Ethics, identity: null, notify: true);
        await GiftAsync(Aliya, 15_000m);
        await GiftAsync(Aliya, 20_000m);
        await GiftAsync(Berik, 30_000m);
        await TrainingAsync(Aliya, "Aliya's outside anti-corruption course");
        await TrainingAsync(Berik, "Berik's ethics seminar");
        At(2026, 6, 15);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    /// <summary>A new report with its notice to the director, for a test that acts on a notice of its own.</summary>
    public Task<ConfidentialReport> FileWithNoticeAsync() => FileAsync(ReportCategory.Ethics, identity: null, notify: true);

    private DateTimeOffset Now => time.GetUtcNow();

    private RegisterClock Clock => Services.GetRequiredService<RegisterClock>();

    // 11:00 in Almaty.
    private void At(int year, int month, int day) => time.SetUtcNow(new DateTimeOffset(year, month, day, 6, 0, 0, TimeSpan.Zero));

    private static Employee Person(RegistersDbContext db, string aad) => db.Employees.Single(e => e.AadObjectId == aad);

    private Task AddEmployeeAsync(string aad, string name, string department) => WithDbAsync(async db =>
    {
        var employee = Employee.Create(aad, "development", name, "en", Now);
        employee.UpdateFromDirectory("development", name, department, null, null, "en", Now);
        db.Employees.Add(employee);
        await db.SaveChangesAsync();
    });

    private async Task<ConfidentialReport> FileAsync(ReportCategory category, ReporterIdentity? identity, bool notify = false)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var submission = new ReportSubmission(category, "What happened", null, [PersonConcerned], DirectorImplicated: false);
        var report = scope.ServiceProvider.GetRequiredService<ReportIntake>().File(submission, identity).Report;
        db.ConfidentialReports.Add(report);
        await db.SaveChangesAsync();
        if (notify)
        {
            // As the filing does: the register number is given on saving, and the notice names the report after it.
            scope.ServiceProvider.GetRequiredService<ReportNotices>().ReportFiled(report);
            await db.SaveChangesAsync();
        }

        return report;
    }

    private async Task ActAsync(Guid reportId, Action<ConfidentialReport, (ActiveOfficer Officer, CaseHandlerClearance Clearance), RegistersDbContext> act)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var report = await db.ConfidentialReports.SingleAsync(r => r.Id == reportId);
        var officer = await scope.ServiceProvider.GetRequiredService<OfficerRoster>().RequireActiveAsync(Officer);
        var clearance = await scope.ServiceProvider.GetRequiredService<CaseRecusal>().ClearHandlerAsync(report, officer);
        act(report, (officer, clearance), db);
        await db.SaveChangesAsync();
    }

    private Task GiftAsync(string aad, decimal value) => WithDbAsync(async db =>
    {
        var details = new GiftDetails(GiftDirection.Received, Clock.Today.AddDays(-1), "A supplier", "Supplier LLP", true, "Visit", "A pen", value, GiftWhereabouts.WithDeclarant);
        db.GiftDeclarations.Add(GiftDeclaration.File(aad, details, Clock));
        await db.SaveChangesAsync();
    });

    private async Task TrainingAsync(string aad, string title)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var officer = await scope.ServiceProvider.GetRequiredService<OfficerRoster>().RequireActiveAsync(Officer);
        db.TrainingHistory.Add(TrainingHistoryEntry.RecordExternal(officer, aad, title, "Academy of Public Administration", Clock.Today.AddDays(-3), Clock));
        await db.SaveChangesAsync();
    }
}
