using ComplianceBot.Bot.Channel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComplianceBot.Bot.Tests.Channel;

/// <summary>Start-up refuses unsafe or incomplete channel settings, naming the setting (design.md, decision 7).</summary>
public sealed class ChannelStartupTests
{
    [Fact]
    public async Task StartAsync_UnauthenticatedModeInProduction_FailsNamingTheSetting()
    {
        using var host = Build("Production", new() { ["Teams:DangerouslyAllowUnauthenticatedRequests"] = "true" });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        Assert.Contains("Teams:DangerouslyAllowUnauthenticatedRequests", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_UnauthenticatedModeInDevelopment_Starts()
    {
        using var host = Build("Development", new() { ["Teams:DangerouslyAllowUnauthenticatedRequests"] = "true" });

        await host.StartAsync();
        var options = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<TeamsOptions>>().Value;
        await host.StopAsync();

        Assert.True(options.DangerouslyAllowUnauthenticatedRequests);
    }

    [Fact]
    public async Task StartAsync_AuthenticatedWithoutAppId_FailsNamingTheSetting()
    {
        using var host = Build("Production", new() { ["Teams:ClientSecret"] = "x", ["Teams:TenantId"] = "t" });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        Assert.Contains("Teams:AppId", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_HttpMetadataWhileHttpsRequired_FailsNamingTheSetting()
    {
        using var host = Build("Production", new()
        {
            ["Teams:AppId"] = "app",
            ["Teams:UseManagedIdentity"] = "true",
            ["Teams:OpenIdMetadataUrls:0"] = "http://issuer.test/metadata",
        });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        Assert.Contains("Teams:OpenIdMetadataUrls", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task StartAsync_HttpsMetadataSwitchedOffOutsideDevelopment_FailsNamingTheSetting(string environment)
    {
        using var host = Build(environment, new()
        {
            ["Teams:AppId"] = "app",
            ["Teams:UseManagedIdentity"] = "true",
            ["Teams:RequireHttpsMetadata"] = "false",
        });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        Assert.Contains("Teams:RequireHttpsMetadata", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net")]
    [InlineData("smba.trafficmanager.net/emea")]
    [InlineData("*")]
    [InlineData("*.net")]
    [InlineData("*.trafficmanager.net")]
    public async Task StartAsync_MalformedServiceUrlHost_FailsNamingTheSetting(string entry)
    {
        using var host = Build("Production", new()
        {
            ["Teams:AppId"] = "app",
            ["Teams:UseManagedIdentity"] = "true",
            ["Teams:TenantId"] = "tenant-1",
            ["Teams:AllowedServiceUrlHosts:0"] = entry,
        });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        Assert.Contains("Teams:AllowedServiceUrlHosts", error.ToString(), StringComparison.Ordinal);
    }

    // With a managed identity nothing else needs the tenant, but admission does: without it every tenant gets in.
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task StartAsync_AuthenticatedWithoutTenantOutsideDevelopment_FailsNamingTheSetting(string environment)
    {
        using var host = Build(environment, new() { ["Teams:AppId"] = "app", ["Teams:UseManagedIdentity"] = "true" });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        Assert.Contains("Teams:TenantId", error.ToString(), StringComparison.Ordinal);
    }

    // The environment reaches the policy: loopback (a Playground, a fake Connector) only in Development.
    [Theory]
    [InlineData("Development", true)]
    [InlineData("Staging", false)]
    [InlineData("Production", false)]
    public void ServiceUrlPolicy_FromTheHost_AllowsLoopbackOnlyInDevelopment(string environment, bool allowed)
    {
        using var host = Build(environment, new() { ["Teams:AppId"] = "app", ["Teams:UseManagedIdentity"] = "true", ["Teams:TenantId"] = "tenant-1" });

        var policy = host.Services.GetRequiredService<ServiceUrlPolicy>();

        Assert.Equal(allowed, policy.IsAllowed("http://localhost:56150/_connector"));
        Assert.True(policy.IsAllowed("https://smba.trafficmanager.net/emea/"));
    }

    private static IHost Build(string environment, Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddTeamsChannel(builder.Configuration, builder.Environment);
        return builder.Build();
    }
}
