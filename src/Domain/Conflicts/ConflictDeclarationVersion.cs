using ComplianceBot.Domain.Declarations;

namespace ComplianceBot.Domain.Conflicts;

/// <summary>One version of a conflict declaration; amendments add versions, nothing is overwritten.</summary>
public sealed class ConflictDeclarationVersion : IRegisterRecord
{
    // Stryker disable once Block : equivalent — an EF-only constructor; EF Core's materialisation sets every property before any read
    private ConflictDeclarationVersion()
    {
        // Stryker disable once String : equivalent — EF Core's materialisation and the factory both set these before any read
        RecordedBy = string.Empty;
        Details = null!;
    }

    internal ConflictDeclarationVersion(Guid declarationId, int number, VersionKind kind, ConflictDetails details, string recordedBy, DateTimeOffset at)
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
    public ConflictDetails Details { get; private set; }
    public string RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
}
