namespace ComplianceBot.Bot.Resources.Workspace;

/// <summary>Marker for the workspace's registers and administration texts (decision 141): RegistersStrings.resx, .ru.resx, .kk.resx.</summary>
public sealed class RegistersStrings
{
    private RegistersStrings()
    {
    }
}
