namespace ComplianceBot.Bot.Resources.Workspace;

/// <summary>Marker for the dashboards', the director's page's and "My page"'s texts: FiguresStrings.resx, .ru.resx, .kk.resx.</summary>
public sealed class FiguresStrings
{
    private FiguresStrings()
    {
    }
}
