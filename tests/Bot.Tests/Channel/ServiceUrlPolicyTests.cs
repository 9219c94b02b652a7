using ComplianceBot.Bot.Channel;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Tests.Channel;

/// <summary>Where the bot's token may go (decision 112).</summary>
public sealed class ServiceUrlPolicyTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/amer")]
    [InlineData("https://SMBA.trafficmanager.net/teams/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/teams")]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/teams")]
    [InlineData("https://smba.infra.dod.teams.microsoft.us/teams")]
    public void IsAllowed_MicrosoftTeamsHostOverHttps_IsAllowedByDefault(string serviceUrl)
    {
        Assert.True(Policy(isDevelopment: false).IsAllowed(serviceUrl));
    }

    [Theory]
    [InlineData("http://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net:8443/emea/")]
    [InlineData("https://user@smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net.attacker.example/emea/")]
    [InlineData("https://attacker-smba.trafficmanager.net/emea/")]
    [InlineData("https://webchat.botframework.com/")]
    [InlineData("https://localhost:3978/")]
    [InlineData("http://127.0.0.1:56150/_connector")]
    [InlineData("ftp://smba.trafficmanager.net/")]
    [InlineData("smba.trafficmanager.net/emea")]
    [InlineData("https://smba.trafficmanager.net/emea/?x=1")]
    [InlineData("https://smba.trafficmanager.net#@attacker.example/")]
    [InlineData(" https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net./emea/")]
    [InlineData("")]
    [InlineData(null)]
    public void IsAllowed_AnythingElse_IsRefusedOutsideDevelopment(string? serviceUrl)
    {
        Assert.False(Policy(isDevelopment: false).IsAllowed(serviceUrl));
    }

    [Theory]
    [InlineData("http://localhost:56150/_connector")]
    [InlineData("http://127.0.0.1:3978/")]
    [InlineData("https://[::1]:3978/")]
    public void IsAllowed_LoopbackInDevelopment_IsAllowed(string serviceUrl)
    {
        Assert.True(Policy(isDevelopment: true).IsAllowed(serviceUrl));
        Assert.False(Policy(isDevelopment: false).IsAllowed(serviceUrl));
    }

    [Fact]
    public void IsAllowed_ConfiguredHosts_ReplaceTheDefaults()
    {
        var policy = Policy(isDevelopment: false, "smba.example.test");

        Assert.True(policy.IsAllowed("https://smba.example.test/teams/"));
        Assert.False(policy.IsAllowed("https://eu.smba.example.test/"));
        Assert.False(policy.IsAllowed("https://smba.trafficmanager.net/emea/"));
    }

    private static ServiceUrlPolicy Policy(bool isDevelopment, params string[] hosts)
    {
        var options = new TeamsOptions();
        foreach (var host in hosts)
        {
            options.AllowedServiceUrlHosts.Add(host);
        }

        return new ServiceUrlPolicy(Options.Create(options), isDevelopment);
    }
}
