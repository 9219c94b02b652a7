namespace ComplianceBot.Bot.Resources.Workspace;

/// <summary>Marker for the Teams/Outlook tab's sign-in page texts (decision 139): SignInStrings.resx, .ru.resx, .kk.resx.</summary>
public sealed class SignInStrings
{
    private SignInStrings()
    {
    }
}
