using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.Numbering;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.Extensions.Options;
using ComplianceBot.Domain.Samples;

namespace ComplianceBot.Domain.Reports;

/// <summary>
/// Invented register entries for card previews (<c>cards export</c> and the card validation test). They are built in
/// memory with a fixed clock and a throw-away key, and never saved.
/// </summary>
public static class ReportSamples
{
    private static readonly RegisterClock Clock = new(
        new FixedTime(new DateTimeOffset(2026, 3, 10, 4, 0, 0, TimeSpan.Zero)), Options.Create(new OrganizationOptions()));

    public static FiledReport Filed()
    {
        var options = Options.Create(new RegistersOptions
        {
            PassphraseIterations = 1,
            IdentityEncryptionKey = Convert.ToBase64String(new byte[32]),
        });
        var intake = new ReportIntake(new PassphraseHasher(options), new IdentitySealer(options), Clock, options);
        var filed = intake.File(new ReportSubmission(
            ReportCategory.Procurement, SampleText.User("The tender for office supplies was decided before it was announced."), SampleText.User("Almaty office, February 2026"),
            [SampleText.User("Head of the procurement unit")], false), identity: null);
        ((INumberedRecord)filed.Report).AssignNumber("R-2026-0001");
        return filed;
    }

    public static ConfidentialReport Acknowledged()
    {
        var report = Filed().Report;
        // Stryker disable once Boolean : equivalent — Acknowledge does not read HandlerGone (only TakeOver does)
        report.Acknowledge(new CaseHandlerClearance(report.Id, Officer, handlerGone: true), Clock.Now);
        report.PostOfficerMessage(Officer, SampleText.User("Thank you. Could you tell us which tender it was?"), Clock.Now);
        return report;
    }

    public static ExplanationRequest Explanation() => ExplanationRequest.Request(
        Acknowledged(), Officer, Employee.Create("sample-employee", "sample-tenant", SampleText.User("Marat Sample"), "kk", Clock.Now),
        SampleText.User("Please explain how the supplier was chosen for the February tender."), Clock.Today.AddDays(5), Clock);

    private static ActiveOfficer Officer => new("sample-officer", Guid.Empty);

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
