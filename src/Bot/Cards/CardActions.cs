using ComplianceBot.Bot.Cards.Model;

namespace ComplianceBot.Bot.Cards;

/// <summary>
/// The two kinds of button the bot uses (docs/decisions/031): <see cref="Navigate"/> posts a
/// new message (the card stays), <see cref="Execute"/> answers in place and falls back to an
/// Action.Submit with the same verb and data on clients without Universal Actions.
/// </summary>
public static class CardActions
{
    /// <summary>The key of the verb in an Action.Submit's data.</summary>
    public const string VerbKey = "verb";

    public static SubmitAction Navigate(string title, string verb, IReadOnlyDictionary<string, string>? data = null) =>
        new() { Title = title, Data = WithVerb(verb, data) };

    public static ExecuteAction Execute(
        string title, string verb, IReadOnlyDictionary<string, string>? data = null, ActionStyle? style = null) => new()
        {
            Title = title,
            Verb = verb,
            Data = WithVerb(verb, data),
            Style = style,
            Fallback = new SubmitAction { Title = title, Data = WithVerb(verb, data), Style = style },
        };

    private static Dictionary<string, string> WithVerb(string verb, IReadOnlyDictionary<string, string>? data)
    {
        var merged = data is null ? [] : new Dictionary<string, string>(data, StringComparer.Ordinal);
        merged[VerbKey] = verb;
        return merged;
    }
}
