namespace ComplianceBot.Domain.Declarations;

/// <summary>
/// What the gift and the conflict-of-interest registers have in common for the officer's views (Reg. 6–7): who filed
/// which numbered declaration when, and where it stands. One filter and one order serve both (decision 145).
/// </summary>
public interface IFiledDeclaration
{
    Guid Id { get; }

    string? Number { get; }

    string DeclarantAadObjectId { get; }

    DateTimeOffset FiledAt { get; }

    DeclarationStatus Status { get; }
}
