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

    // Issue 15: 30,000 characters of "<at>" made the mention pattern time out on a loaded machine (RegexMatchTimeoutException,
    // a 500); 200,000 make it time out on any.
    [Theory]
    [InlineData("<at>")]
    [InlineData("<at>x")]
    public void Normalize_TextOfManyMentionOpenings_IsNoCommandAndDoesNotTimeOut(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 200_000 / unit.Length));

        Assert.Equal("", TextCommandDispatcher.Normalize(text));
    }

    [Fact]
    public void Normalize_CommandPaddedToTheLimit_IsStillRead()
    {
        var text = "<at>ComplianceBot</at> menu" + new string(' ', TextCommandDispatcher.MaxCommandTextLength - 27);

        Assert.Equal("menu", TextCommandDispatcher.Normalize(text));
    }

    [Fact]
    public async Task HandleAsync_HugeText_AnswersNotUnderstood()
    {
        await using var host = new ConversationTestHost();

        await host.HandleAsync(TestActivities.Text(string.Concat(Enumerable.Repeat("<at>", 50_000))));

        Assert.Contains("Sorry, I did not understand that. Here is what I can do:", host.SinglePostedCard().Texts());
    }

    [Fact]
    public async Task HandleAsync_TextOfRegisteredRoute_ReachesThatRoute()
    {
        var route = new WordRoute("салем");
        await using var host = new ConversationTestHost(services => services.AddScoped<ITextCommandRoute>(_ => route));

        await host.HandleAsync(TestActivities.Text("Салем", "kk-KZ"));

        Assert.Equal("kk", Assert.Single(route.Turns).Language);
        Assert.Empty(host.Connector.Posted);
    }

    [Fact]
    public async Task HandleAsync_RoutesAddedByType_TheOneWithTheWordAnswers()
    {
        var handled = new HandledBy();
        await using var host = new ConversationTestHost(services => services.AddSingleton(handled)
            .AddTextCommandRoute<AppleRoute>()
            .AddTextCommandRoute<ApricotRoute>());

        await host.HandleAsync(TestActivities.Text("Өрік!", "kk-KZ"));

        Assert.Equal([nameof(ApricotRoute)], handled.Names);
        Assert.Empty(host.Connector.Posted);
    }

    // A wiring error, reported by name; ConversationCompositionTests check the app's own routes before any turn.
    [Fact]
    public async Task HandleAsync_TwoRoutesClaimOneWord_RefusesNamingBoth()
    {
        var handled = new HandledBy();
        var word = new WordRoute("алма");
        await using var host = new ConversationTestHost(services => services.AddSingleton(handled)
            .AddTextCommandRoute<AppleRoute>()
            .AddScoped<ITextCommandRoute>(_ => word));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.HandleAsync(TestActivities.Text("алма", "kk-KZ")));

        Assert.Contains(nameof(AppleRoute), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(WordRoute), error.Message, StringComparison.Ordinal);
        Assert.Contains("'алма'", error.Message, StringComparison.Ordinal);
        Assert.Empty(handled.Names);
        Assert.Empty(word.Turns);
    }

    private sealed class HandledBy
    {
        public List<string> Names { get; } = [];
    }

    private sealed class AppleRoute(HandledBy handled) : ITextCommandRoute
    {
        public IReadOnlyCollection<string> Commands => ["алма"];

        public Task HandleAsync(ConversationTurn turn, CancellationToken cancellationToken)
        {
            handled.Names.Add(nameof(AppleRoute));
            return Task.CompletedTask;
        }
    }

    private sealed class ApricotRoute(HandledBy handled) : ITextCommandRoute
    {
        public IReadOnlyCollection<string> Commands => ["өрік"];

        public Task HandleAsync(ConversationTurn turn, CancellationToken cancellationToken)
        {
            handled.Names.Add(nameof(ApricotRoute));
            return Task.CompletedTask;
        }
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
