using ComplianceBot.Bot.Conversation.Trainings;
using ComplianceBot.Bot.DirectorySync;
using ComplianceBot.Domain.Notices;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplianceBot.Bot.Delivery.Graph;

internal static class GraphDeliveryServiceCollectionExtensions
{
    /// <summary>
    /// The outbox handlers that reach Graph (training events, director and authorized-body mail) and the periodic
    /// jobs: directory sync, training responses and reminders, late-notice watch, periodic report and daily digest to the director.
    /// Also the trainings flow's routes, which use the registers. Needs AddRegisters, AddGraphServices and the outbox
    /// (AddRegisterBackedServices) beside it.
    /// </summary>
    internal static IServiceCollection AddGraphDelivery(this IServiceCollection services)
    {
        services.AddOptions<NoticeOptions>().BindConfiguration(NoticeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OrganizationMailOptions>().BindConfiguration(OrganizationMailOptions.SectionName)
            .Validate(o => OrganizationMailOptions.IsBlankOrMail(o.DirectorEmail), "Organization:DirectorEmail must be a mail address.")
            .Validate(o => OrganizationMailOptions.IsBlankOrMail(o.AuthorizedBodyEmail), "Organization:AuthorizedBodyEmail must be a mail address.")
            .ValidateOnStart();
        services.AddOptions<ScheduledJobOptions>().BindConfiguration(ScheduledJobOptions.SectionName);
        services.AddOptions<DirectoryOptions>().BindConfiguration(DirectoryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<OutboxSignal>();
        services.AddDirectorDigest();
        services.TryAddScoped<DirectorCardOutbox>();
        services.AddTrainingFlows();
        services.AddSingleton<IOutboxDeliveryHandler, TrainingEventHandler>();
        services.AddSingleton<IOutboxDeliveryHandler, DirectorMailHandler>();
        services.AddSingleton<IOutboxDeliveryHandler, AuthorizedBodyMailHandler>();
        services.AddSingleton<IOutboxDeliveryGuard, DirectorNoticeGuard>();

        AddJob<DirectorySyncJob>(services);
        AddJob<TrainingResponsesJob>(services);
        AddJob<NoticeWatchJob>(services);
        AddJob<DirectorReportJob>(services);
        AddJob<OfficerTermsJob>(services);
        AddJob<DirectorDigestJob>(services);
        return services;
    }

    private static void AddJob<TJob>(IServiceCollection services)
        where TJob : PeriodicJob
    {
        services.TryAddSingleton<TJob>();
        services.AddHostedService(sp => sp.GetRequiredService<TJob>());
    }
}
