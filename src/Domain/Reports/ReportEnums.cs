namespace ComplianceBot.Domain.Reports;

/// <summary>
/// What a report is about (Reg. 22.7), stored by its key. The list is the director's (Reg. 10, <c>Registers:Categories</c>,
/// each with its Reg. 5.4 class, see <see cref="Choices.RegisterChoices"/>); these members are the built-in defaults.
/// </summary>
public sealed record ReportCategory(string Key)
{
    public static readonly ReportCategory Bribery = new(nameof(Bribery));
    public static readonly ReportCategory GiftOrHospitality = new(nameof(GiftOrHospitality));
    public static readonly ReportCategory ConflictOfInterest = new(nameof(ConflictOfInterest));
    public static readonly ReportCategory Procurement = new(nameof(Procurement));
    public static readonly ReportCategory AbuseOfOffice = new(nameof(AbuseOfOffice));
    public static readonly ReportCategory Ethics = new(nameof(Ethics));
    public static readonly ReportCategory Other = new(nameof(Other));

    public override string ToString() => Key;
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

/// <summary>
/// How a case closed, stored by its key. The list is the director's (Reg. 10, <c>Registers:Outcomes</c>); these members
/// are the built-in defaults, and <see cref="ReferredToAuthorizedBody"/> is always offered (Reg. 23.4).
/// </summary>
public sealed record ReportOutcome(string Key)
{
    public static readonly ReportOutcome Substantiated = new(nameof(Substantiated));
    public static readonly ReportOutcome PartlySubstantiated = new(nameof(PartlySubstantiated));
    public static readonly ReportOutcome NotSubstantiated = new(nameof(NotSubstantiated));

    /// <summary>Reg. 23.4: closing with this outcome sends the case to the authorized body.</summary>
    public static readonly ReportOutcome ReferredToAuthorizedBody = new(nameof(ReferredToAuthorizedBody));
    public static readonly ReportOutcome OutsideScope = new(nameof(OutsideScope));

    public override string ToString() => Key;
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
