using ComplianceBot.Bot.Conversation.Language;

namespace ComplianceBot.Bot.Conversation;

/// <summary>
/// The text commands the bot answers, with the title and description per language that the
/// Teams manifest's command list (and its kk/ru localization files) must show. Titles are
/// also the words the bot accepts; a test checks the manifest against this list.
/// </summary>
public static class BotCommands
{
    public static BotCommand Menu { get; } = new("menu", new Dictionary<string, BotCommandText>
    {
        [BotLanguages.English] = new("menu", "Show the menu of what ComplianceBot can do"),
        [BotLanguages.Russian] = new("меню", "Показать меню действий ComplianceBot"),
        [BotLanguages.Kazakh] = new("мәзір", "ComplianceBot әрекеттерінің мәзірін көрсету"),
    });

    public static BotCommand Help { get; } = new("help", new Dictionary<string, BotCommandText>
    {
        [BotLanguages.English] = new("help", "Explain each action and how your reports stay confidential"),
        [BotLanguages.Russian] = new("помощь", "Объяснить действия и как сохраняется конфиденциальность сообщений"),
        [BotLanguages.Kazakh] = new("көмек", "Әрекеттерді және хабарламалардың құпиялығы қалай сақталатынын түсіндіру"),
    });

    public static IReadOnlyList<BotCommand> All { get; } = [Menu, Help];
}

/// <summary>A text command: a stable id and its title and description in each language.</summary>
public sealed record BotCommand(string Id, IReadOnlyDictionary<string, BotCommandText> Texts)
{
    /// <summary>The words that trigger the command: its title in every language.</summary>
    public IReadOnlyCollection<string> Titles => [.. Texts.Values.Select(t => t.Title)];
}

/// <summary>Manifest limits: title up to 32 characters, description up to 128.</summary>
public sealed record BotCommandText(string Title, string Description);
