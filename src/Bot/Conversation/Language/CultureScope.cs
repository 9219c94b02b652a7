using System.Globalization;

namespace ComplianceBot.Bot.Conversation.Language;

/// <summary>
/// Sets the current (UI) culture for the rest of a turn, as ASP.NET Core's request
/// localization does per request, so IStringLocalizer and number/date formatting follow the
/// user's language. Disposing restores the previous cultures.
/// </summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo previousCulture = CultureInfo.CurrentCulture;
    private readonly CultureInfo previousUiCulture = CultureInfo.CurrentUICulture;

    private CultureScope(CultureInfo culture)
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    public static CultureScope Enter(string language) => new(BotLanguages.Culture(language));

    public void Dispose()
    {
        CultureInfo.CurrentCulture = previousCulture;
        CultureInfo.CurrentUICulture = previousUiCulture;
    }
}
