namespace ComplianceBot.EndToEnd.Tests.Playground;

/// <summary>What the welcome and menu cards must show a user whose Teams speaks English (the Playground's en-US).</summary>
internal static class MenuCard
{
    public static readonly IReadOnlyList<string> ButtonTitles =
    [
        "Declare a gift",
        "Declare a conflict of interest",
        "Report confidentially",
        "Check my report",
        "My declarations",
        "Help",
    ];

    public static bool HasMenu(PlaygroundMessage message) =>
        message.Cards.Any(card => ButtonTitles.All(card.ActionTitles.Contains));

    public static bool IsWelcome(PlaygroundMessage message) =>
        message.Cards.Any(card => card.FirstText?.StartsWith("ComplianceBot", StringComparison.Ordinal) == true && ButtonTitles.All(card.ActionTitles.Contains));
}
