namespace ComplianceBot.Domain.Investigations;

/// <summary>An investigator assigned to an investigation, with who assigned them and when.</summary>
public sealed class InvestigatorAssignment : IRegisterRecord
{
    private InvestigatorAssignment()
    {
        // Stryker disable once String : equivalent — EF Core's materialisation and the factory both set these before any read
        InvestigatorAadObjectId = AssignedBy = string.Empty;
    }

    internal InvestigatorAssignment(Guid investigationId, string investigator, string assignedBy, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        InvestigationId = investigationId;
        InvestigatorAadObjectId = investigator;
        AssignedBy = assignedBy;
        AssignedAt = at.ToUniversalTime();
    }

    public Guid Id { get; private set; }
    public Guid InvestigationId { get; private set; }
    public string InvestigatorAadObjectId { get; private set; }
    public string AssignedBy { get; private set; }
    public DateTimeOffset AssignedAt { get; private set; }
}
