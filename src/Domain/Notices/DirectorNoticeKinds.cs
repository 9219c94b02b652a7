namespace ComplianceBot.Domain.Notices;

/// <summary>
/// The director's notice types and which of them may wait for the daily digest (docs/decisions/104).
/// Urgent: a new confidential report — a possible violation the director must learn of in time (Reg. 23.3).
/// Non-urgent: a case outcome, and receipts of ordinary declarations. Escalations (Reg. 29) never reach the
/// director, and the periodic report (Reg. 29) has its own schedule; neither is a digest item.
/// </summary>
public static class DirectorNoticeKinds
{
    public const string ReportFiled = "ReportFiled";
    public const string ReportClosed = "ReportClosed";

    /// <summary>Urgent: no officer may handle a case (Reg. 24.1, 24.2, 24.6) or none is appointed; appoint one (decision 118).</summary>
    public const string CaseNeedsOfficer = "CaseNeedsOfficer";

    /// <summary>Urgent: a written explanation asked in a case is overdue (Reg. 22.4, 23.3).</summary>
    public const string ExplanationOverdue = "ExplanationOverdue";

    /// <summary>Urgent: the officer found an actual conflict of interest (Reg. 14.12, 23.3).</summary>
    public const string ActualConflict = "ActualConflict";

    /// <summary>The authorized body's mail of the director's own actual conflict (Reg. 29); never sent to the director.</summary>
    public const string ActualConflictOfDirector = "ActualConflictOfDirector";

    /// <summary>The authorized body's mail of a case an officer sent there (Reg. 23.4); never sent to the director.</summary>
    public const string SentToAuthorizedBody = "SentToAuthorizedBody";
    public const string GiftDeclared = "GiftDeclared";
    public const string ConflictDeclared = "ConflictDeclared";
    public const string PeriodicReport = "periodic-report";
    public const string DailyDigest = "daily-digest";

    /// <summary>The authorized body's mail (Reg. 29) — listed here for the mail texts; never sent to the director.</summary>
    public const string EscalatedToAuthorizedBody = "EscalatedToAuthorizedBody";

    /// <summary>Held for the digest when it is enabled; sent at once otherwise.</summary>
    public static bool MayWaitForDigest(string noticeType) => noticeType is ReportClosed or GiftDeclared or ConflictDeclared;

    /// <summary>
    /// Receipts of ordinary declarations reach the director only through the digest: a mail per declaration would
    /// bury the urgent notices, and the officers review declarations (Reg. 24.5, 24.6; decision 072).
    /// </summary>
    public static bool OnlyInDigest(string noticeType) => noticeType is GiftDeclared or ConflictDeclared;
}
