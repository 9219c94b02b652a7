using Azure.Core;
using ComplianceBot.Graph.Remote;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;

namespace ComplianceBot.Graph.Tests.Fakes;

/// <summary>The real AddGraphServices wiring in Graph mode, pointed at a fake server, with a fake credential.</summary>
public static class GraphTestHost
{
    public const string Mailbox = "compliance@contoso.kz";

    public static ServiceProvider Create(string baseUrl, FakeTokenCredential credential, IDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Graph:Mode"] = "Graph",
            ["Graph:BaseUrl"] = baseUrl,
            ["Graph:TenantId"] = "00000000-0000-0000-0000-000000000001",
            ["Graph:ClientId"] = "00000000-0000-0000-0000-000000000002",
            ["Graph:ClientSecret"] = "not-a-secret",
            ["Graph:ComplianceMailbox"] = Mailbox,
            ["Graph:MaxRetries"] = "2",
            ["Graph:RetryDelay"] = "00:00:00",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return Build(settings, services => services.AddKeyedSingleton<TokenCredential>(GraphServiceKeys.Credential, credential));
    }

    public static ServiceProvider Build(IDictionary<string, string?> settings, Action<IServiceCollection>? before = null, string? contentRoot = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        before?.Invoke(services);
        var environment = new HostingEnvironment
        {
            EnvironmentName = "Development",
            ApplicationName = "ComplianceBot.Graph.Tests",
            ContentRootPath = contentRoot ?? AppContext.BaseDirectory,
        };
        services.AddGraphServices(configuration, environment);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
