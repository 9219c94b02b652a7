using ComplianceBot.Bot.Channel;
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
}
