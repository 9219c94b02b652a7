using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;

namespace ComplianceBot.Bot.Features.Reports;

/// <summary>
/// Files a report and, in the same transaction, queues the officers' cards and the director's notice or the
/// escalation (Reg. 22.7, 23.3, 29). The report is saved first inside the transaction because the cards and
/// notices carry its register number. All of them are released at one moment (<see cref="AnonymousNoticeRelease"/>):
/// at once for a named report, at a random moment of working time for an anonymous one, whose rows then carry that
/// moment and never the filing time (Reg. 23.2, decision 119).
/// </summary>
internal sealed class ReportFiling(
    RegistersDbContext db,
    ReportIntake intake,
    ReportNotices notices,
    CaseRecusal recusal,
    OfficerCards officerCards,
    NoticeCards noticeCards,
    RecipientCulture cultures,
    RegisterClock clock,
    AnonymousNoticeRelease release,
    OutboxSignal signal)
{
    public async Task<FiledReport> FileAsync(ReportSubmission submission, ReporterIdentity? identity, string? passphrase, CancellationToken ct)
    {
        var filed = intake.File(submission, identity, passphrase);
        var report = filed.Report;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.ConfidentialReports.Add(report);
        await db.SaveChangesAsync(ct);

        await QueueNewCaseNoticesAsync(report, release.ReleaseFor(report), ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        signal.Notify();
        return filed;
    }

    /// <summary>
    /// The notices of a case just opened and numbered, in the caller's unit of work: a filing, or a gift referred for
    /// investigation (Reg. 14.13, 14.15) — handled like any case, the director told as of a new report (Reg. 23.3)
    /// or, when it implicates the director, the authorized body instead (Reg. 29).
    /// </summary>
    public async Task QueueNewCaseNoticesAsync(ConfidentialReport report, DateTimeOffset releaseAt, CancellationToken ct)
    {
        // Only officers who may handle the case get its card (Reg. 24.1, 24.2, 24.6; decision 118). The director is a
        // person concerned in a report that implicates them (Reg. 29), so they never get such a card either.
        var eligible = await recusal.EligibleHandlersAsync(report, ct);
        foreach (var officer in eligible)
        {
            using (await cultures.EnterAsync(officer, ct))
            {
                TeamsDelivery.Enqueue(db, $"{ReportNotices.NewReportCardKeyPrefix}{report.Id}:{officer}", TeamsRecipient.ForEntraUser(officer),
                    CardAttachment.ToMessage(officerCards.NewReport(report)), releaseAt, releaseAt);
            }
        }

        notices.ReportFiled(report, releaseAt);
        await DirectorCardAsync(report, DirectorNoticeType.ReportFiled, ct, releaseAt);
        if (eligible.Count == 0)
        {
            await FlagNeedsOfficerAsync(report, ct, releaseAt);
        }
    }

    /// <summary>The configured director (Organization:DirectorAadObjectId), if any.</summary>
    public string? DirectorAadObjectId => notices.DirectorAadObjectId;

    /// <summary>
    /// Nobody may handle the case (all recused, or none appointed): the director is asked to appoint an officer, with
    /// the director's reference, category and date only (decisions 118, 119) — never when the director is implicated
    /// (Reg. 29). At filing it leaves with the filing's other notices (releaseAt).
    /// </summary>
    public async Task FlagNeedsOfficerAsync(ConfidentialReport report, CancellationToken ct, DateTimeOffset? releaseAt = null)
    {
        notices.CaseNeedsOfficer(report, releaseAt);
        await DirectorCardAsync(report, DirectorNoticeType.CaseNeedsOfficer, ct, releaseAt);
    }

    /// <summary>
    /// The Teams card beside the <c>director.mail</c> row (Reg. 23.3); nothing when the director may not know. It
    /// leaves at releaseAt, the time its row carries (decision 119), or now when null. A keySuffix tells apart several
    /// notices of one type about one case (an overdue explanation per request).
    /// </summary>
    public async Task DirectorCardAsync(
        ConfidentialReport report, DirectorNoticeType type, CancellationToken ct, DateTimeOffset? releaseAt = null, string keySuffix = "")
    {
        // A notice that waits for the daily digest gets the digest's card instead (decision 104).
        if (!notices.DirectorMayKnow(report) || notices.WaitsForDigest(type))
        {
            return;
        }

        var director = notices.DirectorAadObjectId!;
        using (await cultures.EnterAsync(director, ct))
        {
            var key = type == DirectorNoticeType.CaseNeedsOfficer ? $"{ReportNotices.DirectorCardKeyPrefix}{type}:{report.Id}:{report.Transitions.Count}" : $"{ReportNotices.DirectorCardKeyPrefix}{type}:{report.Id}{keySuffix}";
            TeamsDelivery.Enqueue(db, key, TeamsRecipient.ForEntraUser(director),
                CardAttachment.ToMessage(noticeCards.Director(report, type, DirectorNoticeAcknowledgements.NoticeKeyOf(key))), releaseAt ?? clock.Now, releaseAt);
        }
    }
}
