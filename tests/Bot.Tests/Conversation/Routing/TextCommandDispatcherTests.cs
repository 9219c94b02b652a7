using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Tests.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Conversation.Routing;

public sealed class TextCommandDispatcherTests
{
    [Theory]
    [InlineData("  Menu  ", "menu")]
    [InlineData("МӘЗІР", "мәзір")]
    [InlineData("/help", "help")]
    [InlineData("<at>Compliance Bot</at>   Помощь?", "помощь")]
    [InlineData("declare   a gift", "declare a gift")]
    [InlineData(null, "")]
    public void Normalize_UserText_GivesCommandForm(string? text, string expected) =>
        Assert.Equal(expected, TextCommandDispatcher.Normalize(text));

    [Fact]
    public async Task HandleAsync_TextOfRegisteredRoute_ReachesThatRoute()
    {
        var route = new WordRoute("салем");
        await using var host = new ConversationTestHost(services => services.AddScoped<ITextCommandRoute>(_ => route));

        await host.HandleAsync(TestActivities.Text("Салем", "kk-KZ"));

        Assert.Equal("kk", Assert.Single(route.Turns).Language);
        Assert.Empty(host.Connector.Posted);
    }

    private sealed class WordRoute(string word) : ITextCommandRoute
    {
        public List<ConversationTurn> Turns { get; } = [];

        public IReadOnlyCollection<string> Commands => [word];

        public Task HandleAsync(ConversationTurn turn, CancellationToken cancellationToken)
        {
            Turns.Add(turn);
            return Task.CompletedTask;
        }
    }
}
