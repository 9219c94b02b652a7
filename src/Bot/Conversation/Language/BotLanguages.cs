using System.Globalization;

namespace ComplianceBot.Bot.Conversation.Language;

/// <summary>The languages every text and card exists in (design.md, "Languages").</summary>
public static class BotLanguages
{
    public const string Kazakh = "kk";
    public const string Russian = "ru";
    public const string English = "en";

    public static IReadOnlyList<string> All { get; } = [Kazakh, Russian, English];

    /// <summary>The supported language of a locale such as "kk-KZ", "ru" or "en-US"; null for any other.</summary>
    public static string? Match(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        var language = locale.Trim().Split('-', '_')[0];
        return All.FirstOrDefault(l => string.Equals(l, language, StringComparison.OrdinalIgnoreCase));
    }

    public static CultureInfo Culture(string language) => CultureInfo.GetCultureInfo(language);
}
