namespace ComplianceBot.Domain.Conflicts;

/// <summary>Reg. 14.12: conflicts in hiring, procurement and business processes.</summary>
public enum ConflictArea
{
    Hiring,
    Procurement,
    BusinessProcess,
    Other,
}

public enum ConflictLevel
{
    None,
    Potential,
    Actual,
}

/// <summary>How a conflict is settled (Reg. 14.12).</summary>
public enum SettlementMeasure
{
    RecusalFromDecision,
    ReassignmentOfDuties,
    Divestment,
    Other,
}
