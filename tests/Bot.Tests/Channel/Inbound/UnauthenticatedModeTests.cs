using System.Net;
using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Tests.ChannelTestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Channel.Inbound;

/// <summary>Local development: the Playground sends no token, and the bot sends none back.</summary>
public sealed class UnauthenticatedModeTests : IClassFixture<UnauthenticatedAppFactory>
{
    private readonly UnauthenticatedAppFactory factory;

    public UnauthenticatedModeTests(UnauthenticatedAppFactory factory)
    {
        this.factory = factory;
    }

    [Fact]
    public async Task PostMessages_NoTokenInDevelopmentMode_IsHandled()
    {
        var activity = ActivityJson.Message();
        var client = factory.CreateClient();

        using var response = await client.SendAsync(ActivityJson.Request(activity, token: null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(factory.Handler.Received, received => received.Id == activity["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task ConnectorToken_DevelopmentMode_IsNotSent()
    {
        var tokens = factory.Services.GetRequiredService<IConnectorTokenProvider>();

        Assert.Null(await tokens.GetTokenAsync(default));
    }
}
