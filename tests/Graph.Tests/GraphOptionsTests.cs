using ComplianceBot.Graph.Local;
using ComplianceBot.Graph.Remote;
using ComplianceBot.Graph.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Graph.Tests;

public sealed class GraphOptionsTests
{
    private static ValidateOptionsResult Validate(GraphOptions options) => new GraphOptionsValidator().Validate(null, options);

    private static GraphOptions GraphMode() => new()
    {
        Mode = Graph.GraphMode.Graph,
        TenantId = "t",
        ClientId = "c",
        ClientSecret = "s",
        ComplianceMailbox = "compliance@contoso.kz",
    };

    [Fact]
    public void EffectiveMode_NoCredential_IsLocalAndUsesLocalMailbox()
    {
        var options = new GraphOptions();

        Assert.Equal(Graph.GraphMode.Local, options.EffectiveMode);
        Assert.True(options.UsesLocalMailbox);
        Assert.True(Validate(options).Succeeded);
    }

    [Fact]
    public void EffectiveMode_CredentialWithoutMode_IsGraph()
    {
        var options = new GraphOptions { ClientSecret = "s" };

        Assert.Equal(Graph.GraphMode.Graph, options.EffectiveMode);
        Assert.False(options.UsesLocalMailbox);
    }

    [Fact]
    public void Validate_CompleteGraphSettings_Succeeds() => Assert.True(Validate(GraphMode()).Succeeded);

    [Theory]
    [InlineData("ComplianceMailbox", "Graph:ComplianceMailbox")]
    [InlineData("TenantId", "Graph:TenantId")]
    [InlineData("ClientId", "Graph:ClientId")]
    [InlineData("ClientSecret", "exactly one credential")]
    public void Validate_GraphModeSettingMissing_FailsNamingTheSetting(string property, string expected)
    {
        var options = GraphMode();
        typeof(GraphOptions).GetProperty(property)!.SetValue(options, null);

        var result = Validate(options);

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://graph.microsoft.com/v1.0", true)]
    [InlineData("https://graph.microsoft.com/beta/", true)]
    [InlineData("http://127.0.0.1:5001/v1.0", true)]
    [InlineData("http://graph.example/v1.0", false)]
    [InlineData("https://graph.microsoft.com", false)]
    [InlineData("https://proxy.example/graph/v1.0", false)]
    [InlineData("not a url", false)]
    public void Validate_BaseUrl_AcceptsOnlyHttpsOrLoopbackEndingInVersion(string baseUrl, bool valid)
    {
        var options = GraphMode();
        options.BaseUrl = baseUrl;

        var result = Validate(options);

        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.Contains("Graph:BaseUrl", result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_TwoCredentials_Fails()
    {
        var options = GraphMode();
        options.UseManagedIdentity = true;

        Assert.Contains("exactly one credential", Validate(options).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AddGraphServices_InvalidSettings_OptionsResolutionFailsNamingTheSetting()
    {
        using var services = GraphTestHost.Build(new Dictionary<string, string?> { ["Graph:Mode"] = "Graph", ["Graph:ClientSecret"] = "s" });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<GraphOptions>>().Value);

        Assert.Contains("Graph:ComplianceMailbox", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddGraphServices_DataAnnotationOutOfRange_Fails()
    {
        using var services = GraphTestHost.Build(new Dictionary<string, string?> { ["Graph:MaxConcurrentRequestsPerMailbox"] = "9" });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<GraphOptions>>().Value);

        Assert.Contains("Graph:MaxConcurrentRequestsPerMailbox must be between 1 and 4", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddGraphServices_NoCredential_RegistersLocalMailbox()
    {
        using var services = GraphTestHost.Build(new Dictionary<string, string?>());

        Assert.IsType<LocalTrainingCalendar>(services.GetRequiredService<ITrainingCalendar>());
        Assert.IsType<LocalMailSender>(services.GetRequiredService<IMailSender>());
        Assert.IsType<LocalDirectorySync>(services.GetRequiredService<IDirectorySync>());
    }

    [Fact]
    public void AddGraphServices_GraphMode_RegistersGraphImplementations()
    {
        using var services = GraphTestHost.Create("https://graph.microsoft.com/v1.0", new FakeTokenCredential());

        Assert.IsType<GraphTrainingCalendar>(services.GetRequiredService<ITrainingCalendar>());
        Assert.IsType<GraphMailSender>(services.GetRequiredService<IMailSender>());
        Assert.IsType<GraphDirectorySync>(services.GetRequiredService<IDirectorySync>());
    }
}
