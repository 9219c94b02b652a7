using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.Gifts;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Rules;

namespace ComplianceBot.Domain.Reports;

public sealed partial class ConfidentialReport
{
    public static readonly DomainRule SentToAuthorizedBodyOnce = new("CaseIsSentToTheAuthorizedBodyOnce", "23.4", DomainMessageKeys.ReportAlreadySentToAuthorizedBody);
    public static readonly DomainRule OnlyReferredGiftOpensCase = new("OnlyAGiftReferredForInvestigationOpensACase", "14.13, 14.15", DomainMessageKeys.RuleViolated);

    /// <summary>The gift declaration whose referral for investigation opened this case (Reg. 14.13, 14.15); null for a report.</summary>
    public Guid? GiftDeclarationId { get; private set; }

    /// <summary>Reg. 23.4: the officer sent the case to the authorized body (beside an escalation of Reg. 29).</summary>
    public bool IsSentToAuthorizedBody => _transitions.Exists(t => t.Event == ReportEvent.SentToAuthorizedBody);

    /// <summary>The authorized body already has the case: escalated (Reg. 29) or sent by an officer (Reg. 23.4).</summary>
    public bool IsWithAuthorizedBody => IsEscalated || IsSentToAuthorizedBody;

    /// <summary>
    /// Reg. 14.13, 14.15, 23.3: the officer referred a gift for investigation, which opens a case in the confidential
    /// register, handled like any case. There is no reporter to protect: the case is not anonymous, keeps no sealed
    /// identity and no passphrase (nobody follows it up as a reporter), and its first step names the officer. The
    /// declarant is a person concerned, so the recusal rules keep them from handling it (Reg. 24.6); when the declarant
    /// is the director, the case implicates the director (Reg. 29) and goes to the authorized body instead.
    /// </summary>
    internal static ConfidentialReport OpenForGiftReferral(
        GiftDeclaration declaration, DeclarationReviewer officer, string declarantName, bool declarantIsDirector, RegisterClock clock,
        int acknowledgementDays, int feedbackMonths)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(officer);
        if (declaration.Decision is not { Outcome: GiftOutcome.ReferForInvestigation } decision)
        {
            throw OnlyReferredGiftOpensCase.Refusal("the gift was not referred for investigation");
        }

        var now = clock.Now;
        var today = clock.DateOf(now);
        var report = new ConfidentialReport
        {
            Id = Guid.NewGuid(),
            CaseCode = Reports.CaseCode.Generate(),
            Category = ReportCategory.GiftOrHospitality,
            Description = Guard.Text($"Gift declaration {declaration.Number} referred for investigation (Reg. 14.13). {decision.Reason}",
                ReportSubmission.DescriptionMaxLength, nameof(Description)),
            FiledOn = today,
            FiledAt = now,
            NumberYear = today.Year,
            DirectorImplicated = declarantIsDirector,
            Status = ReportStatus.Received,
            AcknowledgeBy = today.AddDays(acknowledgementDays),
            FeedbackBy = today.AddMonths(feedbackMonths),
            GiftDeclarationId = declaration.Id,
        };
        report.SetDeadlines(clock);
        report._personsConcerned.Add(new ReportPersonConcerned(report.Id,
            Guard.Text(declarantName, ReportPersonConcerned.NameMaxLength, "person"), declaration.DeclarantAadObjectId, officer.AadObjectId));
        report.AddTransition(ReportEvent.Filed, ReportStatus.Received, officer.AadObjectId, now, $"gift referral {declaration.Number}");
        report.Audit(officer.AadObjectId, "ReportOpenedFromGiftReferral", report.Id.ToString(), $"gift {declaration.Id}", now);
        return report;
    }

    /// <summary>
    /// Reg. 23.4: an officer sends the case, with a summary they wrote, to the authorized body — once, and never a case
    /// that is already there (an escalation of Reg. 29). Recorded as a transition and audited; the caller queues the mail.
    /// </summary>
    /// <remarks>Open to any officer the bot shows the case to, as <see cref="MarkDirectorImplicated"/> (decision 118).</remarks>
    public void SendToAuthorizedBody(ActiveOfficer officer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(officer);
        if (IsWithAuthorizedBody)
        {
            throw SentToAuthorizedBodyOnce.Refusal(IsEscalated ? "escalated" : "sent");
        }

        AddTransition(ReportEvent.SentToAuthorizedBody, Status, officer.AadObjectId, now, "authorized body (Reg. 23.4)");
        Audit(officer.AadObjectId, "ReportSentToAuthorizedBody", Id.ToString(), null, now);
    }
}
