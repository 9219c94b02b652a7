namespace ComplianceBot.Bot.Resources.Workspace;

/// <summary>Marker for the workspace shell's texts (frame, navigation, home, roles): WorkspaceStrings.resx, .ru.resx, .kk.resx.</summary>
public sealed class WorkspaceStrings
{
    private WorkspaceStrings()
    {
    }
}
