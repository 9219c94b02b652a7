namespace ComplianceBot.Bot.Cards;

/// <summary>
/// Card-action verbs: the Action.Execute verb, or the "verb" field of an Action.Submit's data.
/// A flow owns the verbs of its area ("gift.*", "conflict.*", "report.*", ...) and handles
/// them by registering an ICardActionRoute for each.
/// </summary>
public static class CardVerbs
{
    public const string Menu = "menu";
    public const string Help = "help";
    public const string GiftStart = "gift.start";
    public const string ConflictStart = "conflict.start";
    public const string ReportStart = "report.start";
    public const string ReportCheck = "report.check";
    public const string DeclarationsMine = "declarations.mine";
}
