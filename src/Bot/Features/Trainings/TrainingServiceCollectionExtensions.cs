using ComplianceBot.Bot.Cards.Catalog;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Features.DirectorNotices;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplianceBot.Bot.Features.Trainings;

public static class TrainingServiceCollectionExtensions
{
    /// <summary>
    /// The trainings cards, the late-notice card and the director's digest and periodic-report cards, with their catalog entries (Reg. 14.6, 14.7, 21, 23.3). Needs no
    /// registers, so <c>cards export</c> and the conversation-only composition include them.
    /// </summary>
    public static IServiceCollection AddTrainingCards(this IServiceCollection services)
    {
        services.TryAddSingleton<ScheduleTrainingForm>();
        services.TryAddSingleton<OutsideTrainingForm>();
        services.TryAddSingleton<TrainingCards>();
        services.TryAddSingleton<NoticeAlertCards>();
        services.TryAddSingleton<NoticeLabels>();
        services.TryAddSingleton<NoticeMailComposer>();
        services.TryAddSingleton<DirectorNoticeCards>();
        return services.AddCardCatalogEntry<ScheduleTrainingFormEntry>()
            .AddCardCatalogEntry<TrainingScheduledEntry>()
            .AddCardCatalogEntry<TrainingReminderEntry>()
            .AddCardCatalogEntry<TrainingSummaryEntry>()
            .AddCardCatalogEntry<TrainingAttendanceEntry>()
            .AddCardCatalogEntry<TrainingOfficersOnlyEntry>()
            .AddCardCatalogEntry<OutsideTrainingFormEntry>()
            .AddCardCatalogEntry<OutsideTrainingRecordedEntry>()
            .AddCardCatalogEntry<NoticeAlertCardEntry>()
            .AddCardCatalogEntry<DirectorDigestCardEntry>()
            .AddCardCatalogEntry<DirectorPeriodicReportCardEntry>();
    }

    /// <summary>The officer's "Schedule a training" flow, attendance and outside trainings (Reg. 21); they use the registers.</summary>
    public static IServiceCollection AddTrainingFlows(this IServiceCollection services)
    {
        services.AddTrainingCards();
        services.AddOptions<TrainingOptions>().BindConfiguration(TrainingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddScoped<TrainingFormSource>();
        services.TryAddScoped<TrainingScheduler>();
        services.TryAddScoped<OutsideTrainingFormSource>();
        return services.AddTextCommandRoute<ScheduleTrainingTextRoute>()
            .AddCardActionRoute<ScheduleTrainingStartRoute>()
            .AddCardActionRoute<ScheduleTrainingSubmitRoute>()
            .AddCardActionRoute<RecordAttendanceRoute>()
            .AddTextCommandRoute<OutsideTrainingTextRoute>()
            .AddCardActionRoute<OutsideTrainingStartRoute>()
            .AddCardActionRoute<OutsideTrainingSubmitRoute>();
    }
}
