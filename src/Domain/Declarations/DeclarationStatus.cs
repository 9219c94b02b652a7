namespace ComplianceBot.Domain.Declarations;

public enum DeclarationStatus
{
    Pending,
    Decided,
}

/// <summary>Why a version row exists: the first filing, more information, or a correction of what was filed.</summary>
public enum VersionKind
{
    Original,
    Supplement,
    Correction,
}
