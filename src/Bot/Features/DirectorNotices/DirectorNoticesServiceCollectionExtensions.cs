using ComplianceBot.Bot.Cards.Catalog;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Jobs;
using ComplianceBot.Bot.Resources.Choices;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Choices;
using ComplianceBot.Domain.Notices;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplianceBot.Bot.Features.DirectorNotices;

internal static class DirectorNoticesServiceCollectionExtensions
{
    /// <summary>
    /// The late-notice card and the director's digest and periodic-report cards with their catalog entries (Reg. 23.3, 29).
    /// Needs no registers, so <c>cards export</c> and the conversation-only composition include them.
    /// </summary>
    internal static IServiceCollection AddDirectorNoticeCards(this IServiceCollection services)
    {
        services.TryAddSingleton<NoticeAlertCards>();
        services.AddRegisterChoices().TryAddSingleton<ChoiceTexts>();
        services.TryAddSingleton<NoticeLabels>();
        services.TryAddSingleton<NoticeMailComposer>();
        services.TryAddSingleton<DirectorNoticeCards>();
        return services.AddCardCatalogEntry<NoticeAlertCardEntry>()
            .AddCardCatalogEntry<DirectorDigestCardEntry>()
            .AddCardCatalogEntry<DirectorPeriodicReportCardEntry>();
    }

    /// <summary>
    /// Director notices (Reg. 23.3, 29): the director and authorized-body mail handlers, the guard that withdraws a notice
    /// about a report marked meanwhile, and the jobs: late-notice watch, periodic report and daily digest to the director.
    /// Needs AddRegisters, AddGraphServices and AddDelivery beside it.
    /// </summary>
    internal static IServiceCollection AddDirectorNotices(this IServiceCollection services)
    {
        services.AddDirectorNoticeCards();
        services.AddOptions<NoticeOptions>().BindConfiguration(NoticeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOrganizationOptions();
        services.TryAddSingleton<OutboxSignal>();
        services.AddDirectorDigest();
        services.TryAddScoped<DirectorCardOutbox>();
        services.AddCardActionRoute<DirectorNoticeAcknowledgeRoute>();
        services.AddSingleton<IOutboxDeliveryHandler, DirectorMailHandler>();
        services.AddSingleton<IOutboxDeliveryHandler, AuthorizedBodyMailHandler>();
        services.AddSingleton<IOutboxDeliveryGuard, DirectorNoticeGuard>();
        return services.AddPeriodicJob<NoticeWatchJob>()
            .AddPeriodicJob<DirectorReportJob>()
            .AddPeriodicJob<OfficerTermsJob>()
            .AddPeriodicJob<DirectorDigestJob>();
    }
}
