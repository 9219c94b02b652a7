using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;

namespace ComplianceBot.Bot.Conversation.Reports;

/// <summary>
/// Files a report and, in the same transaction, queues the officers' cards and the director's notice or the
/// escalation (Reg. 22.7, 23.3, 29). The report is saved first inside the transaction because the cards and
/// notices carry its register number.
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
    OutboxSignal signal)
{
    public async Task<FiledReport> FileAsync(ReportSubmission submission, ReporterIdentity? identity, string? passphrase, CancellationToken ct)
    {
        var filed = intake.File(submission, identity, passphrase);
        var report = filed.Report;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.ConfidentialReports.Add(report);
        await db.SaveChangesAsync(ct);

        var now = clock.Now;

        // Only officers who may handle the case get its card (Reg. 24.1, 24.2, 24.6; decision 118). The director is a
        // person concerned in a report that implicates them (Reg. 29), so they never get such a card either.
        var eligible = await recusal.EligibleHandlersAsync(report, ct);
        foreach (var officer in eligible)
        {
            using (await cultures.EnterAsync(officer, ct))
            {
                TeamsDelivery.Enqueue(db, $"report-new:{report.Id}:{officer}", TeamsRecipient.ForEntraUser(officer),
                    CardAttachment.ToMessage(officerCards.NewReport(report)), now);
            }
        }

        notices.ReportFiled(report);
        await DirectorCardAsync(report, DirectorNoticeType.ReportFiled, ct);
        if (eligible.Count == 0)
        {
            await FlagNeedsOfficerAsync(report, ct);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        signal.Notify();
        return filed;
    }

    /// <summary>
    /// Nobody may handle the case (all recused, or none appointed): the director is asked to appoint an officer, with
    /// number, category and date only (decision 118) — never when the director is implicated (Reg. 29).
    /// </summary>
    public async Task FlagNeedsOfficerAsync(ConfidentialReport report, CancellationToken ct)
    {
        notices.CaseNeedsOfficer(report);
        await DirectorCardAsync(report, DirectorNoticeType.CaseNeedsOfficer, ct);
    }

    /// <summary>The Teams card beside the <c>director.mail</c> row (Reg. 23.3); nothing when the director may not know.</summary>
    public async Task DirectorCardAsync(ConfidentialReport report, DirectorNoticeType type, CancellationToken ct)
    {
        // A notice that waits for the daily digest gets the digest's card instead (decision 104).
        if (!notices.DirectorMayKnow(report) || notices.WaitsForDigest(type))
        {
            return;
        }

        var director = notices.DirectorAadObjectId!;
        using (await cultures.EnterAsync(director, ct))
        {
            var key = type == DirectorNoticeType.CaseNeedsOfficer ? $"director-card:{type}:{report.Id}:{report.Transitions.Count}" : $"director-card:{type}:{report.Id}";
            TeamsDelivery.Enqueue(db, key, TeamsRecipient.ForEntraUser(director),
                CardAttachment.ToMessage(noticeCards.Director(report, type)), clock.Now);
        }
    }
}
