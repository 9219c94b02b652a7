namespace ComplianceBot.Domain.Conflicts;

/// <summary>The officer's assessment and settlement, a recorded transition with who and when (Reg. 14.12).</summary>
public sealed class ConflictAssessment : IRegisterRecord
{
    public const int MeasureDetailsMaxLength = 2000;

    // Stryker disable once Block : equivalent — an EF-only constructor; EF Core's materialisation sets every property before any read
    private ConflictAssessment()
    {
        // Stryker disable once String : equivalent — EF Core's materialisation and the factory both set these before any read
        Reason = AssessedBy = string.Empty;
    }

    internal ConflictAssessment(
        Guid declarationId, ConflictLevel level, SettlementMeasure? measure, string? measureDetails, DateOnly? monitoringDate,
        string reason, string assessedBy, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        DeclarationId = declarationId;
        Level = level;
        Measure = measure;
        MeasureDetails = measureDetails;
        MonitoringDate = monitoringDate;
        Reason = reason;
        AssessedBy = assessedBy;
        AssessedAt = at.ToUniversalTime();
    }

    public Guid Id { get; private set; }
    public Guid DeclarationId { get; private set; }
    public ConflictLevel Level { get; private set; }
    public SettlementMeasure? Measure { get; private set; }
    public string? MeasureDetails { get; private set; }

    /// <summary>When the officer checks again that the settlement holds (Reg. 14.12: monitor).</summary>
    public DateOnly? MonitoringDate { get; private set; }
    public string Reason { get; private set; }
    public string AssessedBy { get; private set; }
    public DateTimeOffset AssessedAt { get; private set; }
}
