using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Resources;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Cards.Menu;

/// <summary>The first-run cards: welcome, menu (optionally with a notice above it) and help.</summary>
public sealed class MenuCards(IStringLocalizer<BotStrings> text)
{
    public const string ProductName = "ComplianceBot";

    public AdaptiveCard Welcome() => Card(
        Heading(ProductName),
        Paragraph(text.Require("Welcome_Intro")),
        Paragraph(text.Require("Welcome_Confidentiality"), subtle: true),
        Paragraph(text.Require("Welcome_Prompt"), bold: true));

    /// <param name="notice">A line above the menu, e.g. why the menu is shown instead of an answer.</param>
    public AdaptiveCard Menu(string? notice = null)
    {
        var elements = new List<CardElement>();
        if (notice is not null)
        {
            elements.Add(new TextBlock(notice) { Wrap = true, Color = TextColor.Warning });
        }

        elements.Add(Heading(text.Require("Menu_Title")));
        elements.Add(Paragraph(text.Require("Menu_Prompt")));
        return Card([.. elements]);
    }

    /// <param name="workspace">For an officer: the workspace's address, shown with a button to open it (decision 139).</param>
    public AdaptiveCard Help(Uri? workspace = null)
    {
        List<CardElement> elements =
        [
            Heading(text.Require("Help_Title")),
            Topic("Menu_DeclareGift", "Help_Gift"),
            Topic("Menu_DeclareConflict", "Help_Conflict"),
            Topic("Menu_MyDeclarations", "Help_MyDeclarations"),
            Topic("Menu_ReportConfidentially", "Help_Report"),
            Topic("Menu_CheckReport", "Help_CheckReport"),
        ];
        if (workspace is not null)
        {
            elements.Add(Topic("Help_Workspace_Title", "Help_Workspace"));
            elements.Add(new ActionSet { Actions = [new OpenUrlAction { Title = text.Require("Help_Workspace_Open"), Url = workspace.AbsoluteUri }] });
        }

        elements.Add(Paragraph(text.Require("Help_Commands"), subtle: true));
        return Card([.. elements]);
    }

    /// <summary>A card of the given elements followed by the menu buttons.</summary>
    private AdaptiveCard Card(params CardElement[] elements)
    {
        var card = new AdaptiveCard();
        card.Body.AddRange(elements);
        card.Body.AddRange(MenuItem.Groups.Select(group => new ActionSet
        {
            Actions = [.. group.Select(item => CardActions.Navigate(text.Require(item.TitleKey), item.Verb, item.Data))],
        }));
        return card;
    }

    private Container Topic(string titleKey, string bodyKey) => new()
    {
        Spacing = Spacing.Medium,
        Items = [Paragraph(text.Require(titleKey), bold: true), Paragraph(text.Require(bodyKey))],
    };

    private static TextBlock Heading(string value) =>
        new(value) { Style = TextBlockStyle.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true };

    private static TextBlock Paragraph(string value, bool bold = false, bool subtle = false) =>
        new(value) { Wrap = true, Weight = bold ? TextWeight.Bolder : null, IsSubtle = subtle ? true : null };
}
