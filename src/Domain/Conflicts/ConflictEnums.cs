namespace ComplianceBot.Domain.Conflicts;

/// <summary>
/// Reg. 14.12: where a conflict arises (hiring, procurement, business processes), stored by its key. The list is the
/// director's (Reg. 10, <c>Registers:ConflictAreas</c>); these members are the built-in defaults.
/// </summary>
public sealed record ConflictArea(string Key)
{
    public static readonly ConflictArea Hiring = new(nameof(Hiring));
    public static readonly ConflictArea Procurement = new(nameof(Procurement));
    public static readonly ConflictArea BusinessProcess = new(nameof(BusinessProcess));
    public static readonly ConflictArea Other = new(nameof(Other));

    public override string ToString() => Key;
}

public enum ConflictLevel
{
    None,
    Potential,
    Actual,
}

/// <summary>
/// How a conflict is settled (Reg. 14.12), stored by its key. The list is the director's (Reg. 10,
/// <c>Registers:ConflictMeasures</c>); these members are the built-in defaults.
/// </summary>
public sealed record SettlementMeasure(string Key)
{
    public static readonly SettlementMeasure RecusalFromDecision = new(nameof(RecusalFromDecision));
    public static readonly SettlementMeasure ReassignmentOfDuties = new(nameof(ReassignmentOfDuties));
    public static readonly SettlementMeasure Divestment = new(nameof(Divestment));
    public static readonly SettlementMeasure Other = new(nameof(Other));

    public override string ToString() => Key;
}
