namespace ComplianceBot.Domain.Numbering;

/// <summary>The registers that carry a human-readable number per year; the value's name is the prefix.</summary>
public enum RegisterKind
{
    G,
    C,
    R,
}
