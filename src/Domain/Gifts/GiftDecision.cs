namespace ComplianceBot.Domain.Gifts;

/// <summary>The officer's decision, a recorded transition with who and when (Reg. 14.13).</summary>
public sealed class GiftDecision : IRegisterRecord
{
    private GiftDecision()
    {
        // Stryker disable once String : equivalent — EF Core's materialisation and the factory both set these before any read
        Reason = DecidedBy = string.Empty;
    }

    internal GiftDecision(Guid declarationId, GiftOutcome outcome, string reason, string decidedBy, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        DeclarationId = declarationId;
        Outcome = outcome;
        Reason = reason;
        DecidedBy = decidedBy;
        DecidedAt = at.ToUniversalTime();
    }

    public Guid Id { get; private set; }
    public Guid DeclarationId { get; private set; }
    public GiftOutcome Outcome { get; private set; }
    public string Reason { get; private set; }
    public string DecidedBy { get; private set; }
    public DateTimeOffset DecidedAt { get; private set; }
}
