namespace ComplianceBot.Domain.Choices;

/// <summary>The lists the director sets (Reg. 10), each a sub-section of <c>Registers</c>.</summary>
public enum ChoiceList
{
    /// <summary><c>Registers:Categories</c> — what a report is about, each with its Reg. 5.4 class.</summary>
    Categories,

    /// <summary><c>Registers:Outcomes</c> — how a case closes.</summary>
    Outcomes,

    /// <summary><c>Registers:ConflictAreas</c> — where a conflict of interest arises (Reg. 14.12).</summary>
    ConflictAreas,

    /// <summary><c>Registers:ConflictMeasures</c> — how a conflict of interest is settled (Reg. 14.12).</summary>
    ConflictMeasures,
}
