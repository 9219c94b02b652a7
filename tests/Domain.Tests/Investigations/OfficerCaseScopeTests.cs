using ComplianceBot.Domain.Conflicts;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Tests.Investigations;

/// <summary>
/// The case access rule as a query (decision 144) equals the rule of one case: for registers drawn at random, the
/// cases <see cref="OfficerCaseScope.ForAsync"/> gives each officer, the director and a former officer are exactly
/// those that <see cref="OfficerCaseScope.IsHiddenAsync"/> and <see cref="OfficerCaseScope.RefusalAsync"/> — the case
/// card's rule — open to them (Reg. 23.2, 24.1, 24.2, 24.6, 29), and <see cref="OfficerCaseScope.MayHandleAsync"/> is
/// exactly where <see cref="CaseRecusal.FindAsync"/> finds no rule.
/// </summary>
public sealed class OfficerCaseScopeTests : RegisterTestBase
{
    private const string OfficerC = "officer-c-0000";
    private const string Former = "officer-f-0000";

    private static readonly (string Id, string Name)[] People =
    [
        (TestWorld.OfficerA, "Serik Bekov"), (TestWorld.OfficerB, "Aigerim Nurlanova"), (OfficerC, "Иван Петров"),
        (Former, "Dana Omarova"), (TestWorld.Director, "Yerlan Sadykov"),
    ];

    // Names a reporter may type: matches in full, surname first, initials, one word alone, Cyrillic case, and pieces of a
    // declaration's related persons ("Abenov", "Gulnara Ab": the related persons' text contains them, no word in full).
    private static readonly string[] Names =
    [
        "BEKOV S.", "Bekov Serik", "Serik", "Bekova A.", "Nurlanova Aigerim", "A. Nurlanova", "ПЕТРОВ И.", "петров иван",
        "Иван", "Sadykov Yerlan", "Y. Sadykov", "Omarova D.", "Marat Iskakov", "Iskakov", "Bek", "Kim Olga", "Мария Иванова",
        "Gulnara Abenova", "Abenova G.", "Abenov", "Gulnara Ab",
    ];

    private static readonly string[] Processes = ["Procurement of fuel", "Warehouse", "Payroll", "IT tenders"];

    // Related persons an officer declares: some name a person concerned (in full, by substring, by initials), some do not.
    private static readonly string?[] Related = [null, "Marat Iskakov", "my cousin Gulnara Abenova", "Kim", "Iskakov M., Kim Olga", "Мария", "Nobody Known"];

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 12)];

    // Reg. 23.2, 24.1, 24.2, 24.6, 29: the query and the case-by-case rule agree for every officer on every case.
    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task ForAsync_RandomRegister_EqualsTheRuleOfEachCase(int seed)
    {
        var random = new Random(seed);
        await SeedAsync(random);

        await using var db = Database.CreateContext();
        var scope = Scope(db);
        var recusal = World.Recusal(db);
        var reports = await db.ConfidentialReports.AsNoTracking().ToListAsync();
        foreach (var officer in People.Select(p => p.Id))
        {
            var expected = new SortedSet<Guid>();
            var mayHandle = new SortedSet<Guid>();
            foreach (var report in reports)
            {
                if (!await scope.IsHiddenAsync(report, officer) && await scope.RefusalAsync(report, officer) is null)
                {
                    expected.Add(report.Id);
                }

                if (await recusal.FindAsync(report, officer, CaseRole.HandlingOfficer) is null)
                {
                    mayHandle.Add(report.Id);
                }
            }

            Assert.Equal(expected, new SortedSet<Guid>(await (await scope.ForAsync(officer)).Select(r => r.Id).ToListAsync()));
            Assert.Equal(mayHandle, new SortedSet<Guid>(await (await scope.MayHandleAsync(officer)).Select(r => r.Id).ToListAsync()));
        }
    }

    private OfficerCaseScope Scope(RegistersDbContext db) =>
        new(db, World.Clock, World.Roster(db), World.Recusal(db), Options.Create(new OrganizationOptions { DirectorAadObjectId = TestWorld.Director }));

    /// <summary>
    /// A register built through the Domain's own methods: officers A, B, C for 2026, one whose term ends on
    /// 20 March, the director; participation inside and outside three years; conflicts pending, assessed none,
    /// potential or actual; reports in every state, some naming people, some implicating the director, some anonymous
    /// and held, some investigated on another process, some by an Entra id (gift referrals name the declarant so).
    /// Built on 10 March 2026; the rule is asked on 1 April, when the former officer's term (to 20 March) has ended.
    /// </summary>
    private async Task SeedAsync(Random random)
    {
        await using (var db = Database.CreateContext())
        {
            foreach (var (id, name) in People)
            {
                db.Employees.Add(Employee.Create(id, "tenant", name, "kk", World.Clock.Now));
            }

            foreach (var officer in new[] { TestWorld.OfficerA, TestWorld.OfficerB, OfficerC, Former })
            {
                var end = officer == Former ? new DateOnly(2026, 3, 20) : new DateOnly(2026, 12, 31);
                db.OfficerAppointments.Add(OfficerAppointment.Record(
                    officer, "D-1/2026", new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 5), end, TestWorld.Director, World.Clock.Now));
            }

            await db.SaveChangesAsync();
        }

        await using (var db = Database.CreateContext())
        {
            foreach (var (person, _) in People)
            {
                AddFacts(db, random, person);
            }

            await db.SaveChangesAsync();
            foreach (var declaration in db.ConflictDeclarations.Local.ToList())
            {
                var level = random.Next(4);
                if (level < 3)
                {
                    var assessor = await World.OfficerAsync(db, declaration.DeclarantAadObjectId == TestWorld.OfficerB ? TestWorld.OfficerA : TestWorld.OfficerB);
                    declaration.Assess(assessor, (ConflictLevel)level, level == 0 ? null : SettlementMeasure.RecusalFromDecision,
                        level == 0 ? null : "Recused from the decisions", level == 2 ? new DateOnly(2026, 6, 1) : null, "Assessed", World.Clock);
                }
            }

            await db.SaveChangesAsync();
        }

        for (var i = 0; i < 30; i++)
        {
            await using var db = Database.CreateContext();
            await AddReportAsync(db, random);
        }

        World.Time.SetUtcNow(new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero));
    }

    private void AddFacts(RegistersDbContext db, Random random, string person)
    {
        for (var n = random.Next(3); n > 0; n--)
        {
            // The rule is asked on 1 April 2026: three years back is 1 April 2023 — the day before it, the day itself, inside.
            var (from, to) = random.Next(4) switch
            {
                0 => (new DateOnly(2021, 1, 1), (DateOnly?)new DateOnly(2023, 3, 31)),
                1 => (new DateOnly(2021, 1, 1), new DateOnly(2023, 4, 1)),
                2 => (new DateOnly(2025, 1, 1), null),
                _ => (new DateOnly(2024, 5, 1), new DateOnly(2025, 5, 1)),
            };
            db.ParticipationRecords.Add(ParticipationRecord.Record(person, Pick(random, Processes), from, to, TestWorld.OfficerA, World.Clock.Now));
        }

        for (var n = random.Next(3); n > 0; n--)
        {
            db.ConflictDeclarations.Add(ConflictOfInterestDeclaration.File(person,
                new ConflictDetails(ConflictArea.Other, "Family", Pick(random, Related), random.Next(3) == 0 ? "Canteen" : Pick(random, Processes)),
                World.Clock));
        }
    }

    private async Task AddReportAsync(RegistersDbContext db, Random random)
    {
        var named = Enumerable.Range(0, random.Next(3)).Select(_ => Pick(random, Names)).Distinct().ToList();
        var submission = new ReportSubmission(ReportCategory.Procurement, "Rigged tender", null, named, random.Next(6) == 0,
            random.Next(3) == 0 ? null : Pick(random, Processes));
        var anonymous = random.Next(2) == 0;
        var report = World.Intake.File(submission, anonymous ? null : new ReporterIdentity("reporter-1", "Reporter", null)).Report;
        db.ConfidentialReports.Add(report);
        if (random.Next(5) == 0)
        {
            // A person concerned by Entra id, as a gift referral names its declarant.
            db.Add(new ReportPersonConcerned(report.Id, Pick(random, Names), Pick(random, People).Id, TestWorld.OfficerA));
        }

        if (random.Next(4) == 0)
        {
            // A filing notice held for its release moment (decision 119): hides an anonymous report only.
            db.OutboxMessages.Add(OutboxMessage.Create("teams", "x", "{}", $"{ReportNotices.NewReportCardKeyPrefix}{report.Id}:x",
                new DateTimeOffset(2026, 4, 1, 12, 0, 0, TimeSpan.Zero)));
        }

        await db.SaveChangesAsync();
        var handler = await HandleAsync(db, random, report);
        if (random.Next(5) == 0)
        {
            report.MarkDirectorImplicated(await World.OfficerAsync(db, OfficerC), "Found in the review", World.Clock.Now);
        }

        if (handler is not null && random.Next(3) == 0)
        {
            report.StartReview(handler, World.Clock.Now);
            if (random.Next(2) == 0)
            {
                db.Investigations.Add(Investigation.Open(report, handler, Pick(random, Processes), World.Clock.Now));
            }
        }

        if (handler is not null)
        {
            switch (random.Next(4))
            {
                case 0: report.Close(handler, ReportOutcome.OutsideScope, "Thank you", World.Clock.Now); break;
                case 1: report.StepAside(handler, ReassignmentReason.Recusal, World.Clock.Now); break;
            }
        }

        await db.SaveChangesAsync();
    }

    /// <summary>A random officer the vetting clears acknowledges the case; sometimes nobody does (it stays received).</summary>
    private async Task<ActiveOfficer?> HandleAsync(RegistersDbContext db, Random random, ConfidentialReport report)
    {
        if (random.Next(4) == 0)
        {
            return null;
        }

        foreach (var candidate in new[] { TestWorld.OfficerA, TestWorld.OfficerB, OfficerC, Former }.OrderBy(_ => random.Next()))
        {
            var officer = await World.OfficerAsync(db, candidate);
            if (await World.Recusal(db).FindAsync(report, candidate, CaseRole.HandlingOfficer) is null)
            {
                await World.AcknowledgeAsync(db, report, officer);
                return officer;
            }
        }

        return null;
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
