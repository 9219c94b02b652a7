namespace ComplianceBot.Bot.Cards.Menu;

/// <summary>A menu button: the resource key of its title and the verb it sends.</summary>
public sealed record MenuItem(string TitleKey, string Verb, IReadOnlyDictionary<string, string>? Data = null)
{
    /// <summary>
    /// The menu, in two groups of three: Adaptive Card hosts cap the buttons of one action
    /// set (the library's default host config allows five), and the groups read better.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<MenuItem>> Groups { get; } =
    [
        [
            new("Menu_DeclareGift", CardVerbs.GiftStart),
            new("Menu_DeclareConflict", CardVerbs.ConflictStart),
            new("Menu_MyDeclarations", CardVerbs.DeclarationsMine),
        ],
        [
            // Reg. 23.2: the channel keeps no conversation reference for a reporter's steps (decision 090).
            new("Menu_ReportConfidentially", CardVerbs.ReportStart, Confidential),
            new("Menu_CheckReport", CardVerbs.ReportCheck, Confidential),
            new("Menu_Help", CardVerbs.Help),
        ],
    ];

    private static IReadOnlyDictionary<string, string> Confidential =>
        new Dictionary<string, string>(StringComparer.Ordinal) { [Channel.ConfidentialActions.DataKey] = Channel.ConfidentialActions.On };

    public static IEnumerable<MenuItem> All => Groups.SelectMany(g => g);
}
