namespace ComplianceBot.Bot.Resources.Workspace;

/// <summary>Marker for the texts of the director's lists page (Reg. 10): ListsStrings.resx, .ru.resx, .kk.resx.</summary>
public sealed class ListsStrings
{
    private ListsStrings()
    {
    }
}
