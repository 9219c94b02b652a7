namespace ComplianceBot.Domain.Numbering;

/// <summary>A register entry numbered per year (G-2026-0001); the number is assigned when it is first saved.</summary>
public interface INumberedRecord
{
    RegisterKind NumberKind { get; }

    int NumberYear { get; }

    string? Number { get; }

    internal void AssignNumber(string number);
}
