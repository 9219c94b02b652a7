using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Cards;

/// <summary>
/// Reads a text for a card in the current UI culture. A missing key is a programming error:
/// it throws instead of showing the key to a user, so the card export test catches it.
/// </summary>
public static class CardText
{
    public static string Require(this IStringLocalizer localizer, string key, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var text = arguments.Length == 0 ? localizer[key] : localizer[key, arguments];
        return text.ResourceNotFound
            ? throw new InvalidOperationException($"No text resource '{key}' in {text.SearchedLocation}.")
            : text.Value;
    }
}
