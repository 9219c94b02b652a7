namespace ComplianceBot.Bot.Resources.Browser;

/// <summary>Marker for the browser pages' texts (sign-in, export download, refusals): BrowserStrings.resx, .ru.resx, .kk.resx.</summary>
public sealed class BrowserStrings
{
    private BrowserStrings()
    {
    }
}
