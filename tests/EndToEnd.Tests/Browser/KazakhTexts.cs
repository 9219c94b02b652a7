using System.Globalization;
using System.Resources;
using ComplianceBot.Bot.Resources;
using ComplianceBot.Bot.Resources.Declarations;

namespace ComplianceBot.EndToEnd.Tests.Browser;

/// <summary>
/// The bot's own Kazakh texts, read from its compiled .kk.resx (never retyped here). A key missing from the
/// Kazakh file fails the test rather than falling back to English.
/// </summary>
internal static class KazakhTexts
{
    private static readonly CultureInfo Kazakh = CultureInfo.GetCultureInfo("kk");
    private static readonly ResourceManager Bot = new(typeof(BotStrings));
    private static readonly ResourceManager Declarations = new(typeof(DeclarationStrings));

    public static string Menu(string key) => Get(Bot, key);

    public static string Declaration(string key) => Get(Declarations, key);

    /// <summary>A composite-format text such as <c>Receipt_Number</c> as a pattern whose <c>{0}</c> is captured.</summary>
    public static System.Text.RegularExpressions.Regex DeclarationPattern(string key) =>
        new(System.Text.RegularExpressions.Regex.Escape(Declaration(key)).Replace(@"\{0}", @"(\S+)", StringComparison.Ordinal));

    private static string Get(ResourceManager resources, string key) =>
        resources.GetResourceSet(Kazakh, createIfNotExists: true, tryParents: false)?.GetString(key)
        ?? throw new KeyNotFoundException($"'{key}' has no Kazakh text in {resources.BaseName}.kk.resx");
}
