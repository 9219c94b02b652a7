using ComplianceBot.Domain;
using ComplianceBot.Graph.Local;
using ComplianceBot.Graph.Remote;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Graph;

public static class GraphServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ITrainingCalendar"/>, <see cref="IMailSender"/> and <see cref="IDirectorySync"/>:
    /// through Microsoft Graph when <c>Graph:Mode</c> is Graph (or a credential is configured), else the local
    /// mailbox folder. <see cref="GraphOptions"/> are validated at start-up.
    /// </summary>
    public static IServiceCollection AddGraphServices(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        services.AddOptions<GraphOptions>()
            .BindConfiguration(GraphOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddOrganizationOptions();

        var mode = (configuration.GetSection(GraphOptions.SectionName).Get<GraphOptions>() ?? new GraphOptions()).EffectiveMode;
        return mode == GraphMode.Graph ? services.AddRemoteGraph() : services.AddLocalMailbox(environment.ContentRootPath);
    }

    private static IServiceCollection AddLocalMailbox(this IServiceCollection services, string contentRoot)
    {
        services.TryAddSingleton(new LocalContentRoot(contentRoot));
        services.TryAddSingleton<LocalMailbox>();
        services.TryAddSingleton<ITrainingCalendar, LocalTrainingCalendar>();
        services.TryAddSingleton<IMailSender, LocalMailSender>();
        services.TryAddSingleton<IDirectorySync, LocalDirectorySync>();
        return services;
    }

    private static IServiceCollection AddRemoteGraph(this IServiceCollection services)
    {
        services.TryAddKeyedSingleton(
            GraphServiceKeys.Credential,
            (sp, _) => GraphCredentialFactory.Create(sp.GetRequiredService<IOptions<GraphOptions>>().Value));
        services.TryAddSingleton<MailboxConcurrencyLimiter>();
        services.TryAddSingleton<GraphClientProvider>();
        services.TryAddSingleton<EventResponseReader>();
        services.TryAddSingleton<ITrainingCalendar, GraphTrainingCalendar>();
        services.TryAddSingleton<IMailSender, GraphMailSender>();
        services.TryAddSingleton<IDirectorySync, GraphDirectorySync>();
        services.AddGraphHttpClient();
        return services;
    }
}
