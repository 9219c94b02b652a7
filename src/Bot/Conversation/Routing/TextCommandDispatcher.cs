using System.Text.RegularExpressions;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Menu;
using ComplianceBot.Bot.Resources;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Conversation.Routing;

/// <summary>
/// Routes typed text by exact command word (never by "contains"). Text nobody handles gets
/// the menu with a short "did not understand" line — never an error.
/// </summary>
public sealed partial class TextCommandDispatcher(
    IEnumerable<ITextCommandRoute> routes, MenuCards cards, IStringLocalizer<BotStrings> text)
{
    public Task DispatchAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var word = Normalize(turn.Activity.Text);
        return RouteChoice.OneOrNone(routes.Where(route => route.Commands.Contains(word)), "text command", word) is { } route
            ? route.HandleAsync(turn, cancellationToken)
            : turn.SendCardAsync(cards.Menu(text.Require("Notice_NotUnderstood")), cancellationToken);
    }

    /// <summary>
    /// A command title is at most 32 characters (the manifest's limit); with an @mention and spaces it is still far
    /// shorter than this. Longer text is no command, and is not run through the mention pattern, whose time grows
    /// with the square of a text full of "&lt;at&gt;" (a 30,000-character one timed out: a 500, issue 15).
    /// </summary>
    public const int MaxCommandTextLength = 512;

    /// <summary>
    /// Lower-case, trimmed, without an @mention of the bot (group chats), a leading '/', or
    /// trailing punctuation, and with inner spaces collapsed: "  <at>Bot</at> Мәзір! " → "мәзір".
    /// Text longer than <see cref="MaxCommandTextLength"/> gives "", which no command matches.
    /// </summary>
    public static string Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxCommandTextLength)
        {
            return "";
        }

        var withoutMention = Mention().Replace(value, " ");
        var collapsed = Whitespace().Replace(withoutMention, " ").Trim().TrimStart('/').TrimEnd('.', '!', '?', ' ');
        return collapsed.ToLowerInvariant();
    }

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 100)]
    private static partial Regex Mention();

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex Whitespace();
}
