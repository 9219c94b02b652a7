namespace ComplianceBot.Domain.Reports;

/// <summary>What a report is about (Reg. 22.7); <see cref="ReportCategories.IsSuspectedOffence"/> separates offences from ethics breaches (Reg. 5.4).</summary>
public enum ReportCategory
{
    Bribery,
    GiftOrHospitality,
    ConflictOfInterest,
    Procurement,
    AbuseOfOffice,
    Ethics,
    Other,
}

/// <summary>received → acknowledged → under review → under investigation → closed (Reg. 22.3).</summary>
public enum ReportStatus
{
    Received,
    Acknowledged,
    UnderReview,
    UnderInvestigation,
    Closed,
}

public enum ReportOutcome
{
    Substantiated,
    PartlySubstantiated,
    NotSubstantiated,
    ReferredToAuthorizedBody,
    OutsideScope,
}

/// <summary>What a transition row records.</summary>
public enum ReportEvent
{
    Filed,
    Acknowledged,
    ReviewStarted,
    InvestigationOpened,
    Closed,
    DirectorImplicationMarked,
    Reassigned,

    /// <summary>A vetted officer took a case whose handler stood aside or no longer holds an appointment (decision 118).</summary>
    TakenOver,

    /// <summary>The handler stood aside with no other officer eligible; the director is asked to appoint one (decision 118).</summary>
    HandlerSteppedAside,

    /// <summary>Reg. 29, 23.4: the report went to the authorized body instead of the director.</summary>
    EscalatedToAuthorizedBody,

    /// <summary>Reg. 23.4: an officer sent the case to the authorized body with a summary.</summary>
    SentToAuthorizedBody,
}

/// <summary>Why a handler hands a case over (decision 118).</summary>
public enum ReassignmentReason
{
    /// <summary>Reg. 24.1, 24.2, 24.6: the handler must not take part.</summary>
    Recusal,
    Absence,

    /// <summary>Reg. 15, 17: the handler's term of office ends.</summary>
    TermEnds,
}

public enum MessageAuthor
{
    Reporter,
    Officer,
}

public static class ReportCategories
{
    /// <summary>Reg. 5.4: a suspected corruption offence (administrative or criminal), as opposed to an ethics breach.</summary>
    public static bool IsSuspectedOffence(this ReportCategory category) =>
        category is ReportCategory.Bribery or ReportCategory.GiftOrHospitality or ReportCategory.ConflictOfInterest
            or ReportCategory.Procurement or ReportCategory.AbuseOfOffice;
}
