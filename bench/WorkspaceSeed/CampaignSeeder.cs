using ComplianceBot.Domain.Attestation;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.Trainings;

namespace ComplianceBot.Bench.WorkspaceSeed;

/// <summary>
/// Attestation campaigns (one a year for three years, the current one open, each answered by every employee or not
/// yet), trainings with their session, seats and attendance, training history (internal and outside trainings), and
/// participation records (who took part in which unit or process, for the recusal rules).
/// </summary>
internal static class CampaignSeeder
{
    private static readonly string[] Topics = ["Anti-corruption basics", "Gifts and hospitality", "Conflicts of interest", "Procurement integrity", "Speaking up"];

    public static void SeedAttestation(SeedContext seed)
    {
        var campaigns = seed.Writer("AttestationCampaigns",
            "Id", "Year", "Departments", "StartedBy", "StartedAt", "Status", "OpenYear", "ClosedBy", "ClosedAt");
        var transitions = seed.Writer("AttestationCampaignTransitions", "Id", "CampaignId", "From", "To", "By", "At");
        var participants = seed.Writer("AttestationParticipants",
            "Id", "CampaignId", "EmployeeAadObjectId", "Department", "Response", "RespondedAt", "DeclarationNumber", "ReminderCount", "LastReminderAt");
        var perCampaign = Math.Min(seed.People.Count, seed.Count(20_000));
        for (var year = seed.Today.Year - 2; year <= seed.Today.Year; year++)
        {
            var open = year == seed.Today.Year;
            var startDay = new DateOnly(year, 2, 1) <= seed.Today ? new DateOnly(year, 2, 1) : seed.Today.AddDays(-10);
            var officer = seed.AnyOfficer().AadObjectId;
            var startedAt = seed.At(startDay);
            var closedAt = open ? (DateTimeOffset?)null : seed.At(startDay, 60);
            var id = seed.NewId();
            campaigns.Insert(id, year, "[]", officer, startedAt, open ? CampaignStatus.Open : CampaignStatus.Closed, open ? year : null,
                open ? null : officer, closedAt);
            transitions.Insert(seed.NewId(), id, null, CampaignStatus.Open, officer, startedAt);
            if (closedAt is { } closed)
            {
                transitions.Insert(seed.NewId(), id, CampaignStatus.Open, CampaignStatus.Closed, officer, closed);
            }

            foreach (var person in seed.People.Take(perCampaign))
            {
                var answered = seed.Chance(open ? 0.75 : 0.98);
                var declared = answered && seed.Chance(0.05) && seed.ConflictNumbers.TryGetValue(year, out var numbers) ? seed.Pick(numbers) : null;
                var response = !answered ? AttestationResponse.None : declared is null ? AttestationResponse.NoConflict : AttestationResponse.Declared;
                var reminders = answered ? seed.Random.Next(0, 2) : seed.Random.Next(1, 4);
                participants.Insert(seed.NewId(), id, person.AadObjectId, person.Department, response,
                    answered ? seed.At(startDay, seed.Random.Next(0, 45)) : null,
                    declared,
                    reminders, reminders > 0 ? seed.At(startDay, 7 * reminders) : null);
            }
        }
    }

    public static void SeedTrainings(SeedContext seed)
    {
        var trainings = seed.Writer("Trainings",
            "Id", "Title", "Agenda", "StartsAt", "DurationMinutes", "IsOnline", "Room", "AudienceKind", "Audience", "ScheduledBy", "ScheduledAt");
        var sessions = seed.Writer("TrainingSessions",
            "Id", "TrainingId", "Number", "StartsAt", "DurationMinutes", "EventId", "EventCreatedAt", "AttendanceRecordedAt", "AttendanceRecordedBy");
        var seats = seed.Writer("TrainingSeats", "Id", "SessionId", "EmployeeAadObjectId", "Email", "DisplayName", "Response", "RespondedAt", "Attended");
        var history = seed.Writer("TrainingHistory",
            "Id", "EmployeeAadObjectId", "TrainingId", "SessionId", "Title", "Provider", "Source", "CompletedOn", "RecordedBy", "RecordedAt");
        var count = seed.Count(120);
        var seatsEach = Math.Min(seed.People.Count, 150);
        for (var t = 0; t < count; t++)
        {
            var day = seed.Today.AddDays(-SeedContext.SpanDays + (t * SeedContext.SpanDays / count) + 14);
            var startsAt = seed.At(day);
            var past = startsAt < seed.Now;
            var officer = seed.AnyOfficer().AadObjectId;
            var (id, session) = (seed.NewId(), seed.NewId());
            var title = $"{seed.Pick(Topics)} ({t + 1})";
            var department = seed.AnyPerson().Department;
            trainings.Insert(id, title, "Rules, cases, questions", startsAt, 90, seed.Chance(0.5), "Room 301", AudienceKind.Departments, department,
                officer, startsAt.AddDays(-14));
            sessions.Insert(session, id, 1, startsAt, 90, $"event-{t}", startsAt.AddDays(-14), past ? startsAt.AddHours(2) : null, past ? officer : null);
            var first = seed.Random.Next(seed.People.Count);
            for (var s = 0; s < seatsEach; s++)
            {
                var person = seed.People[(first + s) % seed.People.Count];
                var response = seed.Chance(0.7) ? InvitationResponse.Accepted : seed.Chance(0.5) ? InvitationResponse.NoAnswer : InvitationResponse.Declined;
                var attended = past ? response == InvitationResponse.Accepted && seed.Chance(0.9) : (bool?)null;
                seats.Insert(seed.NewId(), session, person.AadObjectId, $"seat{s}.{t}@bench.test", person.DisplayName, response,
                    response == InvitationResponse.NoAnswer ? null : startsAt.AddDays(-seed.Random.Next(1, 10)), attended);
                if (attended == true)
                {
                    history.Insert(seed.NewId(), person.AadObjectId, id, session, title, null, TrainingSource.Internal,
                        DateOnly.FromDateTime(startsAt.UtcDateTime), officer, startsAt.AddHours(2));
                }
            }
        }

        for (var e = 0; e < seed.Count(16_000); e++)
        {
            var day = seed.PastDay();
            history.Insert(seed.NewId(), seed.AnyPerson().AadObjectId, null, null, "Outside course on integrity", "Academy of Public Administration",
                TrainingSource.External, day, seed.AnyOfficer().AadObjectId, seed.At(day, 1));
        }
    }

    public static void SeedParticipation(SeedContext seed)
    {
        var records = seed.Writer("ParticipationRecords", "Id", "PersonAadObjectId", "UnitOrProcess", "ProcessKey", "From", "To", "RecordedBy", "RecordedAt");
        for (var i = 0; i < seed.Count(20_000); i++)
        {
            var person = seed.AnyPerson();
            var process = $"{person.Department}: tender commission {seed.Random.Next(1, 40)}";
            var from = seed.PastDay();
            records.Insert(seed.NewId(), person.AadObjectId, process, ProcessKey.Normalize(process), from,
                seed.Chance(0.5) ? from.AddMonths(6) : null, seed.AnyOfficer().AadObjectId, seed.At(from));
        }
    }
}
