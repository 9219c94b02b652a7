namespace ComplianceBot.Domain.Reports;

/// <summary>What the reporter writes on the card (Reg. 22.7); the unit or process concerned feeds the recusal rules (Reg. 24.1). Free text must not be logged or sent to the director.</summary>
public sealed record ReportSubmission(
    ReportCategory Category,
    string Description,
    string? WhenAndWhere,
    IReadOnlyList<string> PersonsConcerned,
    bool DirectorImplicated,
    string? UnitOrProcess = null)
{
    public const int DescriptionMaxLength = 8000;
    public const int WhenAndWhereMaxLength = 1000;
}

/// <summary>Who a named reporter is; stored only sealed (Reg. 23.2).</summary>
public sealed record ReporterIdentity(string AadObjectId, string DisplayName, string? TeamsUserId);
