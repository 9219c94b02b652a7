using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ComplianceBot.Domain.Tests;

/// <summary>Clock, options and services the register tests share; PBKDF2 runs with few iterations to stay fast.</summary>
public sealed class TestWorld
{
    public const string OfficerA = "officer-a-0000";
    public const string OfficerB = "officer-b-0000";
    public const string Employee = "29:employee-teams-id";
    public const string Director = "director-0000";

    public TestWorld(TestDatabase database)
    {
        Database = database;
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));
        Clock = new RegisterClock(Time, Options.Create(new OrganizationOptions()));
        RegistersOptions = Options.Create(new RegistersOptions { DataDirectory = database.Folder, PassphraseIterations = 1000 });
        Hasher = new PassphraseHasher(RegistersOptions);
        Sealer = new IdentitySealer(RegistersOptions);
        Intake = new ReportIntake(Hasher, Sealer, Clock, RegistersOptions);
    }

    public TestDatabase Database { get; }
    public FakeTimeProvider Time { get; }
    public RegisterClock Clock { get; }
    public IOptions<RegistersOptions> RegistersOptions { get; }
    public PassphraseHasher Hasher { get; }
    public IdentitySealer Sealer { get; }
    public ReportIntake Intake { get; }

    public OfficerRoster Roster(RegistersDbContext db) => new(db, Clock, Options.Create(new OrganizationOptions { DirectorAadObjectId = Director }));

    /// <summary>Appoints officers A and B for 2026 by a director's decision (Reg. 6–7).</summary>
    public async Task AppointOfficersAsync()
    {
        await using var db = Database.CreateContext();
        foreach (var officer in new[] { OfficerA, OfficerB })
        {
            db.OfficerAppointments.Add(OfficerAppointment.Record(
                officer, "D-1/2026", new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 5), new DateOnly(2026, 12, 31), Director, Clock.Now));
        }

        await db.SaveChangesAsync();
    }

    /// <summary>The recusal rules (Reg. 24.1, 24.2, 24.6) over <paramref name="db"/>, with <see cref="Director"/> as the director.</summary>
    public CaseRecusal Recusal(RegistersDbContext db) =>
        new(db, Clock, Roster(db), Options.Create(new OrganizationOptions { DirectorAadObjectId = Director }));

    /// <summary>Acknowledges through the vetting, as the bot does (decision 118).</summary>
    public async Task AcknowledgeAsync(RegistersDbContext db, ConfidentialReport report, ActiveOfficer officer) =>
        report.Acknowledge(await Recusal(db).ClearHandlerAsync(report, officer), Clock.Now);

    public async Task<ActiveOfficer> OfficerAsync(RegistersDbContext db, string officer = OfficerA) =>
        await Roster(db).RequireActiveAsync(officer);
}
