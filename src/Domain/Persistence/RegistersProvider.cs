namespace ComplianceBot.Domain.Persistence;

/// <summary>The database behind the registers (design.md, decision 3).</summary>
public enum RegistersProvider
{
    Sqlite,
    SqlServer,
}
