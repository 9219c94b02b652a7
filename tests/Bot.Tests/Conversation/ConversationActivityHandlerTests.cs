using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Tests.Conversation.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Conversation;

public sealed class ConversationActivityHandlerTests
{
    private static readonly string[] EnglishMenu =
    [
        "Declare a gift", "Declare a conflict of interest", "My declarations",
        "Report confidentially", "Check my report", "Help",
    ];

    [Theory]
    [InlineData("menu", "en-US", "Menu")]
    [InlineData("  MENU ", "en-US", "Menu")]
    [InlineData("мәзір", "kk-KZ", "Мәзір")]
    [InlineData("Мәзір", "kk-KZ", "Мәзір")]
    [InlineData("меню", "ru-RU", "Меню")]
    [InlineData("Меню!", "ru-RU", "Меню")]
    [InlineData("<at>ComplianceBot</at> menu", "en-US", "Menu")]
    public async Task HandleAsync_MenuWordInAnyLanguage_SendsMenuCardInTurnLanguage(string text, string locale, string heading)
    {
        await using var host = new ConversationTestHost();

        var response = await host.HandleAsync(TestActivities.Text(text, locale));

        Assert.Null(response);
        var card = host.SinglePostedCard();
        Assert.Contains(heading, card.Texts());
        Assert.Equal(6, card.Buttons().Count());
    }

    [Theory]
    [InlineData("help", "en-US", "How ComplianceBot can help")]
    [InlineData("Көмек", "kk-KZ", "ComplianceBot қалай көмектесе алады")]
    [InlineData("помощь", "ru-RU", "Чем может помочь ComplianceBot")]
    public async Task HandleAsync_HelpWordInAnyLanguage_SendsHelpCardWithMenu(string text, string locale, string heading)
    {
        await using var host = new ConversationTestHost();

        await host.HandleAsync(TestActivities.Text(text, locale));

        var card = host.SinglePostedCard();
        Assert.Contains(heading, card.Texts());
        Assert.Equal(6, card.Buttons().Count());
    }

    [Fact]
    public async Task HandleAsync_EnglishMenu_HasTheSixItemsWithTheirVerbs()
    {
        await using var host = new ConversationTestHost();

        await host.HandleAsync(TestActivities.Text("menu"));

        var buttons = host.SinglePostedCard().Buttons().ToList();
        Assert.Equal(EnglishMenu, buttons.Select(b => b.Title));
        Assert.Equal(
            ["gift.start", "conflict.start", "declarations.mine", "report.start", "report.check", "help"],
            buttons.Select(b => b.Verb));
    }

    [Theory]
    [InlineData("what is the weather", "en-US", "Sorry, I did not understand that. Here is what I can do:")]
    [InlineData("сәлем", "kk-KZ", "Кешіріңіз, сұранысыңызды түсінбедім. Мен мыналарды істей аламын:")]
    [InlineData("", "ru-RU", "Извините, я не понял запрос. Вот что я умею:")]
    public async Task HandleAsync_UnknownText_SendsMenuWithNotUnderstoodLine(string text, string locale, string notice)
    {
        await using var host = new ConversationTestHost();

        await host.HandleAsync(TestActivities.Text(text, locale));

        var card = host.SinglePostedCard();
        Assert.Equal(notice, card.Texts().First());
        Assert.Equal(6, card.Buttons().Count());
    }

    [Fact]
    public async Task HandleAsync_InstallationUpdateAdd_SendsWelcomeCardWithMenu()
    {
        await using var host = new ConversationTestHost();
        var install = TestActivities.Base(ActivityTypes.InstallationUpdate);
        install.Action = "add";

        await host.HandleAsync(install);

        var card = host.SinglePostedCard();
        var texts = card.Texts().ToList();
        Assert.Equal("ComplianceBot", texts[0]);
        Assert.StartsWith("ComplianceBot is the information channel", texts[1], StringComparison.Ordinal);
        Assert.Contains("anonymously", texts[1], StringComparison.Ordinal);
        Assert.Contains("22.7", texts[1], StringComparison.Ordinal);
        Assert.Equal(EnglishMenu, card.Buttons().Select(b => b.Title));
    }

    [Fact]
    public async Task HandleAsync_InstallationUpdateRemove_SendsNothing()
    {
        await using var host = new ConversationTestHost();
        var uninstall = TestActivities.Base(ActivityTypes.InstallationUpdate);
        uninstall.Action = "remove";

        await host.HandleAsync(uninstall);

        Assert.Empty(host.Connector.Posted);
    }

    [Theory]
    [InlineData("webchat", true, 1)]
    [InlineData("emulator", false, 0)]
    [InlineData("msteams", true, 0)]
    public async Task HandleAsync_ConversationUpdate_WelcomesOnlyWhenBotAddedOutsideTeams(string channelId, bool botAdded, int expected)
    {
        await using var host = new ConversationTestHost();
        var update = TestActivities.Base(ActivityTypes.ConversationUpdate, channelId: channelId);
        update.MembersAdded = [new ChannelAccount { Id = "user-id-0" }];
        if (botAdded)
        {
            update.MembersAdded.Add(new ChannelAccount { Id = "bot-id" });
        }

        await host.HandleAsync(update);

        Assert.Equal(expected, host.Connector.Posted.Count());
    }

    [Fact]
    public async Task HandleAsync_WelcomeForUnsupportedLocale_UsesOrganisationDefault()
    {
        await using var host = new ConversationTestHost(settings: new() { ["Organization:DefaultLanguage"] = "ru" });
        var install = TestActivities.Base(ActivityTypes.InstallationUpdate, locale: "de-DE");
        install.Action = "add";

        await host.HandleAsync(install);

        Assert.StartsWith("ComplianceBot — информационный канал", host.SinglePostedCard().Texts().ElementAt(1), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_UnsupportedInvoke_Answers501AndSendsNothing()
    {
        await using var host = new ConversationTestHost();
        var invoke = TestActivities.Base(ActivityTypes.Invoke);
        invoke.Name = "task/fetch";

        var response = await host.HandleAsync(invoke);

        Assert.Equal(501, response?.Status);
        Assert.Empty(host.Connector.Posted);
    }

    // Decision 027: a typed command builds no card route; only a card action makes the card-action dispatcher.
    [Fact]
    public async Task HandleAsync_TypedMenu_BuildsNoCardRoute()
    {
        var built = 0;
        await using var host = new ConversationTestHost(services => services.AddScoped<ICardActionRoute>(_ =>
        {
            built++;
            return new RecordingRoute("test.counted", _ => CardActionResult.Post(RecordingRoute.CardSaying("counted")));
        }));

        await host.HandleAsync(TestActivities.Text("menu"));
        var afterText = built;
        await host.HandleAsync(TestActivities.Submit(new { verb = "test.counted" }));

        Assert.Equal(0, afterText);
        Assert.Equal(1, built);
    }

    // And a card action builds no text route: each dispatcher is made only for a turn of its kind.
    [Fact]
    public async Task HandleAsync_CardAction_BuildsNoTextRoute()
    {
        var built = 0;
        await using var host = new ConversationTestHost(services => services.AddScoped<ITextCommandRoute>(_ =>
        {
            built++;
            return new SilentTextRoute();
        }));

        await host.HandleAsync(TestActivities.Submit(new { verb = CardVerbs.Help }));
        var afterCardAction = built;
        await host.HandleAsync(TestActivities.Text("silent"));

        Assert.Equal(0, afterCardAction);
        Assert.Equal(1, built);
    }

    private sealed class SilentTextRoute : ITextCommandRoute
    {
        public IReadOnlyCollection<string> Commands => ["silent"];

        public Task HandleAsync(ConversationTurn turn, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
