using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplianceBot.Bot.Delivery;

/// <summary>The outbox worker that hands register changes to Teams (and, through the features' handlers, to Graph).</summary>
internal static class DeliveryServiceCollectionExtensions
{
    /// <summary>
    /// The outbox dispatcher (every instance, decision 004) with the Teams send and update handlers and the metrics
    /// observer. Features add their own <see cref="IOutboxDeliveryHandler"/>s. Needs AddRegisters and AddTeamsChannel beside it.
    /// </summary>
    public static IServiceCollection AddDelivery(this IServiceCollection services)
    {
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<OutboxSignal>();
        services.AddSingleton<TeamsSendHandler>();
        services.AddSingleton<IOutboxDeliveryHandler>(sp => sp.GetRequiredService<TeamsSendHandler>());
        services.AddSingleton<IOutboxDeliveryHandler, TeamsUpdateHandler>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddSingleton<IDeliveryObserver, MetricsDeliveryObserver>();
        return services;
    }
}
