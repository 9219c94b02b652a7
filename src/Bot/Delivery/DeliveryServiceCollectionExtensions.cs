using ComplianceBot.Bot.Channel.State;
using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Features.Declarations;
using ComplianceBot.Bot.Features.Attestation;
using ComplianceBot.Bot.Conversation.Language;
using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Bot.Features.DirectorNotices;
using ComplianceBot.Bot.Operations.Audit;
using ComplianceBot.Bot.Operations.Health;
using ComplianceBot.Bot.Operations.Safety;
using ComplianceBot.Bot.Operations.Telemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplianceBot.Bot.Delivery;

/// <summary>
/// Where two areas meet (decision 003): the ports of the channel and the conversation backed by
/// the registers, and the outbox worker that hands register changes to Teams and Graph.
/// </summary>
internal static class IntegrationServiceCollectionExtensions
{
    public static IServiceCollection AddRegisterBackedServices(this IServiceCollection services, IConfiguration configuration)
    {
        // First, so nothing else starts on a register where the director is an officer (Reg. 8).
        services.AddHostedService<DirectorIndependenceCheck>();

        services.Replace(ServiceDescriptor.Scoped<IChannelStateStore, RegistersChannelStateStore>());
        services.TryAddSingleton<RecentConversationReferences>();
        services.Replace(ServiceDescriptor.Scoped<IUserLanguagePreference, EmployeeLanguagePreference>());

        services.AddDeclarationFlows();
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<OutboxSignal>();
        services.AddSingleton<TeamsSendHandler>();
        services.AddSingleton<IOutboxDeliveryHandler>(sp => sp.GetRequiredService<TeamsSendHandler>());
        services.AddSingleton<IOutboxDeliveryHandler, ReporterNoticeHandler>();
        services.AddSingleton<IOutboxDeliveryHandler, TeamsUpdateHandler>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddSingleton<IDeliveryObserver, MetricsDeliveryObserver>();

        services.AddSingleton<OutboxMonitor>();
        services.AddSingleton<IOutboxStatistics>(sp => sp.GetRequiredService<OutboxMonitor>());
        services.AddHostedService(sp => sp.GetRequiredService<OutboxMonitor>());
        services.AddSingleton<ProcessedActivityJanitor>();
        services.AddHostedService(sp => sp.GetRequiredService<ProcessedActivityJanitor>());
        services.AddHealthChecks()
            .AddReadinessCheck<RegistersReadyHealthCheck>(RegistersReadyHealthCheck.Name)
            .AddOutboxNotStuckCheck();
        services.AddReportFlows();
        services.AddGraphDelivery();
        services.AddAuditChain(configuration);
        services.AddAttestationFlows();
        return services;
    }
}
