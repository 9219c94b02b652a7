using ComplianceBot.Bot.Cards;
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

    // Shortcuts: typing one does what the menu button with the same verb does.
    public static BotCommand DeclareGift { get; } = new("declare gift", new Dictionary<string, BotCommandText>
    {
        [BotLanguages.English] = new("declare gift", "Declare a gift you were offered, received or declined (Reg. 14.13)"),
        [BotLanguages.Russian] = new("подарок", "Задекларировать полученный, предложенный или отклонённый подарок (п. 14.13)"),
        [BotLanguages.Kazakh] = new("сыйлық", "Алынған, ұсынылған немесе бас тартылған сыйлықты декларациялау (14.13-т.)"),
    }, CardVerbs.GiftStart);

    public static BotCommand DeclareConflict { get; } = new("declare conflict", new Dictionary<string, BotCommandText>
    {
        [BotLanguages.English] = new("declare conflict", "Declare a possible conflict of interest (Reg. 14.12)"),
        [BotLanguages.Russian] = new("конфликт интересов", "Задекларировать возможный конфликт интересов (п. 14.12)"),
        [BotLanguages.Kazakh] = new("мүдделер қақтығысы", "Ықтимал мүдделер қақтығысын декларациялау (14.12-т.)"),
    }, CardVerbs.ConflictStart);

    public static BotCommand Report { get; } = new("report", new Dictionary<string, BotCommandText>
    {
        [BotLanguages.English] = new("report", "Report a possible violation confidentially, anonymously if you choose"),
        [BotLanguages.Russian] = new("сообщить", "Конфиденциально сообщить о возможном нарушении, по желанию анонимно"),
        [BotLanguages.Kazakh] = new("хабарлау", "Ықтимал бұзушылық туралы құпия, қаласаңыз анонимді хабарлау"),
    }, CardVerbs.ReportStart);

    public static BotCommand CheckReport { get; } = new("check report", new Dictionary<string, BotCommandText>
    {
        [BotLanguages.English] = new("check report", "Follow up your report with its case code and passphrase"),
        [BotLanguages.Russian] = new("проверить сообщение", "Узнать статус сообщения по коду дела и кодовой фразе"),
        [BotLanguages.Kazakh] = new("хабарламаны тексеру", "Іс коды мен кодтық сөз арқылы хабарлама мәртебесін білу"),
    }, CardVerbs.ReportCheck);

    public static BotCommand MyDeclarations { get; } = new("my declarations", new Dictionary<string, BotCommandText>
    {
        [BotLanguages.English] = new("my declarations", "Your declarations, their status and the decisions on them"),
        [BotLanguages.Russian] = new("мои декларации", "Ваши декларации, их статус и принятые решения"),
        [BotLanguages.Kazakh] = new("менің декларацияларым", "Сіздің декларацияларыңыз, олардың мәртебесі мен шешімдері"),
    }, CardVerbs.DeclarationsMine);

    /// <summary>In the order the Teams manifest lists them.</summary>
    public static IReadOnlyList<BotCommand> All { get; } = [Menu, Help, DeclareGift, DeclareConflict, Report, CheckReport, MyDeclarations];
}

/// <summary>A text command: a stable id and its title and description in each language.</summary>
/// <param name="Id">A stable id (the English title).</param>
/// <param name="Texts">Title and description per language.</param>
/// <param name="Verb">For a shortcut, the card-action verb it runs; null for menu and help.</param>
public sealed record BotCommand(string Id, IReadOnlyDictionary<string, BotCommandText> Texts, string? Verb = null)
{
    /// <summary>The words that trigger the command: its title in every language.</summary>
    public IReadOnlyCollection<string> Titles => [.. Texts.Values.Select(t => t.Title)];
}

/// <summary>Manifest limits: title up to 32 characters, description up to 128.</summary>
public sealed record BotCommandText(string Title, string Description);
