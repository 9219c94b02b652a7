using ComplianceBot.Bot.Cards.Catalog;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Delivery.Graph;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplianceBot.Bot.Conversation.Trainings;

public static class TrainingServiceCollectionExtensions
{
    /// <summary>The officer's "Schedule a training" flow, attendance recording and their cards (Reg. 14.6, 14.7, 21), and the late-notice card.</summary>
    public static IServiceCollection AddTrainingFlows(this IServiceCollection services)
    {
        services.AddOptions<TrainingOptions>().BindConfiguration(TrainingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<ScheduleTrainingForm>();
        services.TryAddSingleton<TrainingCards>();
        services.TryAddSingleton<NoticeAlertCards>();
        services.TryAddScoped<TrainingFormSource>();
        services.TryAddScoped<TrainingScheduler>();
        services.AddTextCommandRoute<ScheduleTrainingTextRoute>()
            .AddCardActionRoute<ScheduleTrainingStartRoute>()
            .AddCardActionRoute<ScheduleTrainingSubmitRoute>()
            .AddCardActionRoute<RecordAttendanceRoute>();
        return services.AddCardCatalogEntry<ScheduleTrainingFormEntry>()
            .AddCardCatalogEntry<TrainingScheduledEntry>()
            .AddCardCatalogEntry<TrainingReminderEntry>()
            .AddCardCatalogEntry<TrainingSummaryEntry>()
            .AddCardCatalogEntry<TrainingAttendanceEntry>()
            .AddCardCatalogEntry<TrainingOfficersOnlyEntry>()
            .AddCardCatalogEntry<NoticeAlertCardEntry>();
    }
}
