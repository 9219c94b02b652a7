namespace ComplianceBot.Domain.Audit;

/// <summary>
/// The audit actions of reads of confidential data (design.md, decision 3: every read of confidential data is
/// audited; regulation invariant 4: an audit trail of who saw what). Writes are audited by their aggregates.
/// </summary>
public static class AuditedReads
{
    /// <summary>An officer opened a case card (any render of it: opening, or the card refreshed after an action).</summary>
    public const string CaseRead = "CaseRead";

    /// <summary>An employee's written explanation was shown to an officer with the case (Reg. 22.4).</summary>
    public const string ExplanationAnswerRead = "ExplanationAnswerRead";

    /// <summary>The officer panel (open reports and overdue explanations) was shown.</summary>
    public const string OfficerPanelRead = "OfficerPanelRead";

    /// <summary>The registers card (declarations with their declarants) was shown, with its filter.</summary>
    public const string RegistersRead = "RegistersRead";
}
