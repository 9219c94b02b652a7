using System.Security.Cryptography;
using System.Text.Json;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.Numbering;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Reports;

namespace ComplianceBot.Bench.WorkspaceSeed;

/// <summary>
/// Confidential reports with the path a real case takes: transitions from "filed" on (acknowledged by an officer,
/// review, investigation, closing with an outcome), messages with the reporter, persons concerned, investigations with
/// investigators, explanation requests. Cases older than 100 days are closed but for 1.5 %; of the last 100 days (about
/// 3,400 at full scale) most are open, some past their 7-day acknowledgement date (the inbox's "overdue"). Named reporters' identities are sealed the way
/// <see cref="IdentitySealer"/> seals them (AES-256-GCM, report id as associated data) with the key the bot gets.
/// </summary>
internal static class ReportSeeder
{
    private const int AcknowledgementDays = 7;
    private const int FeedbackMonths = 3;
    private static readonly string[] Processes = ["Tender 2024/17", "Warehouse stock-taking", "Hiring of drivers", "Fuel purchases", "Contract approvals"];

    public static void Seed(SeedContext seed, byte[] identityKey, string passphraseHash)
    {
        var reports = seed.Writer("ConfidentialReports",
            "Id", "Number", "NumberYear", "CaseCode", "PassphraseHash", "Category", "Description", "WhenAndWhere", "UnitOrProcess", "ProcessKey",
            "IsAnonymous", "FiledOn", "FiledAt", "SealedIdentity", "DirectorImplicated", "Status", "AssignedOfficerAadObjectId",
            "AcknowledgeBy", "FeedbackBy", "Outcome", "GiftDeclarationId",
            "AcknowledgeDeadline", "FeedbackDeadline", "AcknowledgedAt", "ClosedAt");
        var persons = seed.Writer("ReportPersonsConcerned", "Id", "ReportId", "Name", "NameKey", "AadObjectId", "AddedBy");
        var count = seed.Count(25_000);
        var days = seed.PastDays(count, 1.2);
        for (var i = 0; i < count; i++)
        {
            var day = days[i];
            var id = seed.NewId();
            var anonymous = seed.Chance(0.4);
            var reporter = seed.AnyPerson();
            var status = StatusFor(seed, seed.Today.DayNumber - day.DayNumber);
            var officer = status == ReportStatus.Received ? null : seed.AnyOfficer();
            var process = seed.Chance(0.6) ? seed.Pick(Processes) : null;
            var filedAt = anonymous ? StartOfAlmatyDay(day) : seed.At(day);
            reports.Insert(id, seed.NextNumber(RegisterKind.R, day.Year), day.Year, CaseCode.Generate(), passphraseHash, seed.Pick(seed.Categories),
                $"Report {i}: a supplier was favoured in exchange for a payment.", "Head office, last quarter", process,
                process is null ? null : ProcessKey.Normalize(process), anonymous, day, anonymous ? null : filedAt,
                anonymous ? null : Seal(identityKey, new ReporterIdentity(reporter.AadObjectId, reporter.DisplayName, null), id),
                seed.Chance(0.02), status, officer?.AadObjectId, day.AddDays(AcknowledgementDays), day.AddMonths(FeedbackMonths),
                status == ReportStatus.Closed ? seed.Pick(seed.Outcomes) : null, null,
                // The instants the figures compare in SQL (decision 142): the deadlines end with their last day in
                // Almaty; acknowledged within 0–10 days, closed within 10–120 (some late, as in life).
                StartOfAlmatyDay(day.AddDays(AcknowledgementDays + 1)), StartOfAlmatyDay(day.AddMonths(FeedbackMonths).AddDays(1)),
                status == ReportStatus.Received ? null : filedAt.AddDays(seed.Random.Next(0, 11)),
                status == ReportStatus.Closed ? filedAt.AddDays(seed.Random.Next(10, 121)) : null);
            var concerned = seed.AnyPerson().DisplayName;
            persons.Insert(seed.NewId(), id, concerned, PersonName.Key(concerned), null, null);
            History(seed, id, day, filedAt, status, officer?.AadObjectId, anonymous);
        }
    }

    private static ReportStatus StatusFor(SeedContext seed, int ageDays)
    {
        var roll = seed.Random.NextDouble();
        return ageDays switch
        {
            > 100 => roll < 0.985 ? ReportStatus.Closed : roll < 0.995 ? ReportStatus.UnderInvestigation : ReportStatus.UnderReview,
            > AcknowledgementDays => roll < 0.3 ? ReportStatus.Closed : roll < 0.55 ? ReportStatus.UnderInvestigation
                : roll < 0.85 ? ReportStatus.UnderReview : roll < 0.95 ? ReportStatus.Acknowledged : ReportStatus.Received,
            _ => roll < 0.5 ? ReportStatus.Received : roll < 0.8 ? ReportStatus.Acknowledged : ReportStatus.UnderReview,
        };
    }

    private static void History(SeedContext seed, Guid id, DateOnly day, DateTimeOffset filedAt, ReportStatus status, string? officer, bool anonymous)
    {
        var transitions = seed.Writer("ReportTransitions", "Id", "ReportId", "Sequence", "Event", "FromStatus", "ToStatus", "Actor", "At", "Note");
        var sequence = 0;
        var at = filedAt;
        transitions.Insert(seed.NewId(), id, ++sequence, ReportEvent.Filed, ReportStatus.Received, ReportStatus.Received, null, at, null);
        var path = new (ReportStatus To, ReportEvent Event)[]
        {
            (ReportStatus.Acknowledged, ReportEvent.Acknowledged), (ReportStatus.UnderReview, ReportEvent.ReviewStarted),
            (ReportStatus.UnderInvestigation, ReportEvent.InvestigationOpened), (ReportStatus.Closed, ReportEvent.Closed),
        };
        var from = ReportStatus.Received;
        foreach (var (to, @event) in path)
        {
            if (from == status)
            {
                break;
            }

            // Most closed cases never needed an investigation.
            if (to == ReportStatus.UnderInvestigation && status == ReportStatus.Closed && seed.Chance(0.7))
            {
                continue;
            }

            at = Later(seed, at, to == ReportStatus.Acknowledged ? 1 : 10);
            transitions.Insert(seed.NewId(), id, ++sequence, @event, from, to, officer, at, to == ReportStatus.Closed ? "Closed with an outcome" : null);
            if (to == ReportStatus.UnderInvestigation)
            {
                Investigation(seed, id, at, officer!, status == ReportStatus.Closed);
            }

            from = to;
        }

        Messages(seed, id, filedAt, officer, anonymous, day);
    }

    private static void Messages(SeedContext seed, Guid id, DateTimeOffset filedAt, string? officer, bool anonymous, DateOnly day)
    {
        var messages = seed.Writer("ReportMessages", "Id", "ReportId", "Sequence", "Author", "OfficerAadObjectId", "Text", "SentAt");
        var explanations = seed.Writer("ExplanationRequests",
            "Id", "ReportId", "EmployeeAadObjectId", "EmployeeName", "Question", "RequestedBy", "RequestedAt", "DueOn", "Answer", "AnsweredAt");
        if (officer is null)
        {
            return;
        }

        var count = seed.Random.Next(0, 4);
        var at = filedAt;
        for (var m = 1; m <= count; m++)
        {
            at = Later(seed, at, 5);
            var fromOfficer = m % 2 == 1;
            messages.Insert(seed.NewId(), id, m, fromOfficer ? MessageAuthor.Officer : MessageAuthor.Reporter, fromOfficer ? officer : null,
                fromOfficer ? "Could you say when this happened?" : "In March, at the tender committee.",
                fromOfficer || !anonymous ? at : StartOfAlmatyDay(DateOnly.FromDateTime(at.UtcDateTime)));
        }

        if (seed.Chance(0.1))
        {
            var employee = seed.AnyPerson();
            var requestedAt = seed.At(day, 3);
            var answered = seed.Chance(0.7);
            explanations.Insert(seed.NewId(), id, employee.AadObjectId, employee.DisplayName, "Please explain the choice of supplier.", officer,
                requestedAt, DateOnly.FromDateTime(requestedAt.UtcDateTime).AddDays(5),
                answered ? "The supplier offered the lowest price." : null, answered ? Later(seed, requestedAt, 4) : null);
        }
    }

    private static void Investigation(SeedContext seed, Guid reportId, DateTimeOffset openedAt, string officer, bool concluded)
    {
        var investigations = seed.Writer("Investigations",
            "Id", "ReportId", "UnitOrProcess", "ProcessKey", "OpenedBy", "OpenedAt", "Findings", "ConcludedAt", "ConcludedBy");
        var assignments = seed.Writer("InvestigatorAssignments", "Id", "InvestigationId", "InvestigatorAadObjectId", "AssignedBy", "AssignedAt");
        var id = seed.NewId();
        var process = seed.Pick(Processes);
        investigations.Insert(id, reportId, process, ProcessKey.Normalize(process), officer, openedAt,
            concluded ? "The payment was not proven." : null, concluded ? Later(seed, openedAt, 20) : null, concluded ? officer : null);
        // One or two investigators, two different people (the register keeps one row per investigator and investigation).
        var first = seed.Random.Next(seed.People.Count);
        var investigators = Math.Min(seed.People.Count, seed.Random.Next(1, 3));
        for (var n = 0; n < investigators; n++)
        {
            assignments.Insert(seed.NewId(), id, seed.People[(first + n) % seed.People.Count].AadObjectId, officer, Later(seed, openedAt, 2));
        }
    }

    /// <summary>A later instant within <paramref name="maxDays"/> days, never past now.</summary>
    private static DateTimeOffset Later(SeedContext seed, DateTimeOffset from, int maxDays)
    {
        var later = from.AddMinutes(seed.Random.Next(30, Math.Max(31, maxDays * 24 * 60)));
        return later > seed.Now ? from.AddSeconds(1) : later;
    }

    /// <summary>What an anonymous reporter's steps carry: only the date, as the start of the day in Asia/Almaty (UTC+5).</summary>
    private static DateTimeOffset StartOfAlmatyDay(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(5)).ToUniversalTime();

    private static byte[] Seal(byte[] key, ReporterIdentity identity, Guid reportId)
    {
        const int NonceBytes = 12, TagBytes = 16;
        var plain = JsonSerializer.SerializeToUtf8Bytes(identity);
        var sealedBytes = new byte[NonceBytes + TagBytes + plain.Length];
        RandomNumberGenerator.Fill(sealedBytes.AsSpan(0, NonceBytes));
        using var aes = new AesGcm(key, TagBytes);
        aes.Encrypt(sealedBytes.AsSpan(0, NonceBytes), plain, sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes),
            reportId.ToByteArray());
        return sealedBytes;
    }
}
