namespace ComplianceBot.Bot.Tests.Operations.Safety;

public sealed class ProductionStartupTests
{
    [Fact]
    public async Task Start_ValidProductionConfiguration_ServesLiveness()
    {
        using var factory = new OperationsFactory("Production", ProductionSettings.Valid());
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health/live");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("Teams:DangerouslyAllowUnauthenticatedRequests", "true")]
    [InlineData("Teams:DangerouslyAllowUnauthenticatedRequests", "True")]
    [InlineData("Graph:Mode", "Local")]
    [InlineData("Graph:Mode", "")]
    [InlineData("Teams:AppId", "")]
    [InlineData("Teams:AppId", "not-a-guid")]
    [InlineData("Registers:IdentityEncryptionKey", "")]
    [InlineData("Registers:IdentityEncryptionKey", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("Registers:IdentityEncryptionKey", "c2hvcnQ=")]
    [InlineData("Registers:IdentityEncryptionKey", "@Microsoft.KeyVault(SecretUri=https://kv/secrets/x)")]
    public void Start_UnsafeSetting_RefusesNamingTheSetting(string key, string value)
    {
        using var factory = new OperationsFactory("Production", ProductionSettings.With(key, value));

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Production start-up refused", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(key, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_SqliteWithSeveralInstances_RefusesNamingTheSetting()
    {
        var settings = ProductionSettings.With("Deployment:InstanceCount", "2");
        using var factory = new OperationsFactory("Production", settings);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Registers:Provider=Sqlite", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Deployment:InstanceCount=2", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SqlServerWithSeveralInstances_IsNotRefusedForProvider()
    {
        var settings = ProductionSettings.With("Deployment:InstanceCount", "3");
        settings["Registers:Provider"] = "SqlServer";
        using var factory = new OperationsFactory("Production", settings);
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health/live");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Start_DevelopmentWithShortcuts_IsNotRefused()
    {
        var settings = new Dictionary<string, string?> { ["Teams:DangerouslyAllowUnauthenticatedRequests"] = "true" };
        using var factory = new OperationsFactory("Development", settings);
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health/live");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
