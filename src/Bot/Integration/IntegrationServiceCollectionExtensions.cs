using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Conversation.Attestation;
using ComplianceBot.Bot.Conversation.Language;
using ComplianceBot.Bot.Delivery;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplianceBot.Bot.Integration;

/// <summary>
/// Where two areas meet (decision 003): the ports of the channel and the conversation backed by
/// the registers, and the outbox worker that hands register changes to Teams and Graph.
/// </summary>
internal static class IntegrationServiceCollectionExtensions
{
    public static IServiceCollection AddRegisterBackedServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.Replace(ServiceDescriptor.Scoped<IChannelStateStore, RegistersChannelStateStore>());
        services.Replace(ServiceDescriptor.Scoped<IUserLanguagePreference, EmployeeLanguagePreference>());

        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<OutboxSignal>();
        services.AddSingleton<IOutboxDeliveryHandler, TeamsSendHandler>();
        services.AddSingleton<IOutboxDeliveryHandler, TeamsUpdateHandler>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddAttestationFlows();
        return services;
    }
}
