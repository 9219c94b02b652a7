using ComplianceBot.Bot.Cards.Catalog;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Resources;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Cards.Menu;

internal sealed class WelcomeCardEntry(MenuCards cards) : ICardCatalogEntry
{
    public string Name => "welcome";

    public AdaptiveCard CreateSample() => cards.Welcome();
}

internal sealed class MenuCardEntry(MenuCards cards) : ICardCatalogEntry
{
    public string Name => "menu";

    public AdaptiveCard CreateSample() => cards.Menu();
}

internal sealed class HelpCardEntry(MenuCards cards) : ICardCatalogEntry
{
    public string Name => "help";

    public AdaptiveCard CreateSample() => cards.Help();
}

/// <summary>The help card as an officer sees it: with the workspace's button (decision 139).</summary>
internal sealed class OfficerHelpCardEntry(MenuCards cards) : ICardCatalogEntry
{
    public string Name => "help-officer";

    public AdaptiveCard CreateSample() => cards.Help(new Uri("https://compliancebot.example.kz/workspace"));
}

internal sealed class NotUnderstoodCardEntry(MenuCards cards, IStringLocalizer<BotStrings> text) : ICardCatalogEntry
{
    public string Name => "menu-not-understood";

    public AdaptiveCard CreateSample() => cards.Menu(text.Require("Notice_NotUnderstood"));
}

internal sealed class NotAvailableCardEntry(MenuCards cards, IStringLocalizer<BotStrings> text) : ICardCatalogEntry
{
    public string Name => "menu-not-available";

    public AdaptiveCard CreateSample() => cards.Menu(text.Require("Notice_NotAvailable"));
}
