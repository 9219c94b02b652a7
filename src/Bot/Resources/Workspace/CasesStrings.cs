namespace ComplianceBot.Bot.Resources.Workspace;

/// <summary>Marker for the officer's case inbox and case page (decision 140): CasesStrings.resx, .ru.resx, .kk.resx.</summary>
public sealed class CasesStrings
{
    private CasesStrings()
    {
    }
}
