using System.Text.Json;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Conversation;

/// <summary>The conversation layer composed as in the app, with a fake connector.</summary>
internal sealed class ConversationTestHost : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    public ConversationTestHost(Action<IServiceCollection>? configure = null, Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddConversationFlows(configuration);
        configure?.Invoke(services);
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public FakeConnectorClient Connector { get; } = new();

    public IServiceProvider Services => provider;

    public async Task<InvokeResponse?> HandleAsync(Activity activity)
    {
        await using var scope = provider.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<IActivityHandler>();
        return await handler.HandleAsync(new TurnContext(activity, Connector), CancellationToken.None);
    }

    /// <summary>The card of the only message posted, as JSON.</summary>
    public JsonElement SinglePostedCard()
    {
        var activity = Assert.Single(Connector.Posted);
        return CardOf(activity);
    }

    public static JsonElement CardOf(Activity activity)
    {
        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal(CardAttachment.ContentType, attachment.ContentType);
        return Assert.IsType<JsonElement>(attachment.Content);
    }

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
