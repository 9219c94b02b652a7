using ComplianceBot.Domain.Declarations;

namespace ComplianceBot.Domain.Gifts;

/// <summary>One version of what was declared; supplements and corrections add versions, nothing is overwritten.</summary>
public sealed class GiftDeclarationVersion : IRegisterRecord
{
    private GiftDeclarationVersion()
    {
        // Stryker disable once String : equivalent — EF Core's materialisation and the factory both set these before any read
        RecordedBy = string.Empty;
        Details = null!;
    }

    internal GiftDeclarationVersion(Guid declarationId, int number, VersionKind kind, GiftDetails details, string recordedBy, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        DeclarationId = declarationId;
        VersionNumber = number;
        Kind = kind;
        Details = details;
        RecordedBy = recordedBy;
        RecordedAt = at.ToUniversalTime();
    }

    public Guid Id { get; private set; }
    public Guid DeclarationId { get; private set; }
    public int VersionNumber { get; private set; }
    public VersionKind Kind { get; private set; }
    public GiftDetails Details { get; private set; }
    public string RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
}
