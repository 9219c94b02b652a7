namespace ComplianceBot.Bot.Resources;

/// <summary>
/// Marker type for the bot's user-facing texts: BotStrings.resx (English, neutral),
/// BotStrings.ru.resx and BotStrings.kk.resx, read through <c>IStringLocalizer&lt;BotStrings&gt;</c>.
/// Keys are <c>Area_Purpose</c> (e.g. <c>Menu_DeclareGift</c>, <c>Validation_Required</c>).
/// </summary>
public sealed class BotStrings
{
    private BotStrings()
    {
    }
}
