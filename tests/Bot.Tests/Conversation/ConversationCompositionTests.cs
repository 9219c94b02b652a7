using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Conversation;

/// <summary>The conversation layer as the real composition root (Program.cs) wires it.</summary>
public sealed class ConversationCompositionTests
{
    [Fact]
    public async Task AppHost_InstallActivity_IsAnsweredWithWelcomeCard()
    {
        await using var app = new BotTestHost();
        var connector = new FakeConnectorClient();
        var install = TestActivities.Base(ActivityTypes.InstallationUpdate, locale: "kk-KZ");
        install.Action = "add";
        await using var scope = app.Services.CreateAsyncScope();

        var handler = scope.ServiceProvider.GetRequiredService<IActivityHandler>();
        await handler.HandleAsync(new TurnContext(install, connector), CancellationToken.None);

        var card = ConversationTestHost.CardOf(Assert.Single(connector.Posted));
        Assert.StartsWith("ComplianceBot — сыбайлас жемқорлыққа қарсы", card.Texts().ElementAt(1), StringComparison.Ordinal);
    }

    // The dispatchers refuse a key claimed twice only when a turn brings it; this finds every such key before any turn.
    [Fact]
    public async Task AppHost_EveryVerbAndTextCommand_ClaimedByOneRoute()
    {
        await using var app = new BotTestHost();
        await using var scope = app.Services.CreateAsyncScope();

        var verbs = scope.ServiceProvider.GetServices<ICardActionRoute>().Select(route => (Key: "verb " + route.Verb, Route: route.GetType().Name));
        var commands = scope.ServiceProvider.GetServices<ITextCommandRoute>()
            .SelectMany(route => route.Commands.Select(command => (Key: "text command " + command, Route: route.GetType().Name)));

        var claimedTwice = verbs.Concat(commands).GroupBy(claim => claim.Key, StringComparer.Ordinal).Where(claims => claims.Count() > 1)
            .Select(claims => $"{claims.Key}: {string.Join(", ", claims.Select(claim => claim.Route))}");
        Assert.Empty(claimedTwice);
    }

    // The text dispatcher compares the normalised message with the commands as written.
    [Fact]
    public async Task AppHost_EveryTextCommand_WrittenAsNormalised()
    {
        await using var app = new BotTestHost();
        await using var scope = app.Services.CreateAsyncScope();

        var commands = scope.ServiceProvider.GetServices<ITextCommandRoute>().SelectMany(route => route.Commands).ToList();

        Assert.NotEmpty(commands);
        Assert.All(commands, command => Assert.Equal(TextCommandDispatcher.Normalize(command), command));
        Assert.DoesNotContain("", commands);
    }
}
