using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Jobs;
using ComplianceBot.Domain.Audit;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplianceBot.Bot.Operations.Audit;

internal static class AuditServiceCollectionExtensions
{
    /// <summary>
    /// The chain head's publication and the daily verification (decision 120): the head archive (the Azure container when
    /// Audit:HeadContainerUrl is set, else the Domain's local file), the two periodic jobs and the officers' mail.
    /// Needs AddRegisters, AddGraphServices and AddDelivery beside it.
    /// </summary>
    internal static IServiceCollection AddAuditChain(this IServiceCollection services, IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(configuration[$"{AuditOptions.SectionName}:{nameof(AuditOptions.HeadContainerUrl)}"]))
        {
            services.Replace(ServiceDescriptor.Singleton<IAuditHeadArchive, BlobAuditHeadArchive>());
        }

        services.TryAddSingleton<OutboxSignal>();
        services.AddSingleton<IOutboxDeliveryHandler, AuditHeadMailHandler>();
        services.AddSingleton<IOutboxDeliveryHandler, AuditAlertMailHandler>();
        return services.AddPeriodicJob<AuditHeadPublicationJob>()
            .AddPeriodicJob<AuditVerificationJob>();
    }
}
