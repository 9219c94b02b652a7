using Azure.Identity;
using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Channel.Outbound;

namespace ComplianceBot.Bot.Tests.Channel.Outbound;

public sealed class ConnectorCredentialFactoryTests
{
    [Fact]
    public void Create_ClientSecret_IsSingleTenantSecretCredential() =>
        Assert.IsType<ClientSecretCredential>(ConnectorCredentialFactory.Create(new TeamsOptions { AppId = "a", TenantId = "t", ClientSecret = "s" }));

    [Fact]
    public void Create_ManagedIdentityClientId_IsManagedIdentityCredential() =>
        Assert.IsType<ManagedIdentityCredential>(ConnectorCredentialFactory.Create(new TeamsOptions { AppId = "a", ManagedIdentityClientId = "mi" }));

    [Fact]
    public void Create_UseManagedIdentity_IsManagedIdentityCredential() =>
        Assert.IsType<ManagedIdentityCredential>(ConnectorCredentialFactory.Create(new TeamsOptions { AppId = "a", UseManagedIdentity = true }));

    [Fact]
    public void Create_UnauthenticatedDevelopmentMode_IsNoCredentialEvenWithASecret() =>
        Assert.Null(ConnectorCredentialFactory.Create(new TeamsOptions { DangerouslyAllowUnauthenticatedRequests = true, ClientSecret = "s", TenantId = "t" }));
}
