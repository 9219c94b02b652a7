using ComplianceBot.Bot.Cards.Catalog;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Jobs;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplianceBot.Bot.Features.Trainings;

public static class TrainingServiceCollectionExtensions
{
    /// <summary>
    /// The trainings cards with their catalog entries (Reg. 21). Needs no registers, so <c>cards export</c> and the
    /// conversation-only composition include them.
    /// </summary>
    public static IServiceCollection AddTrainingCards(this IServiceCollection services)
    {
        services.TryAddSingleton<ScheduleTrainingForm>();
        services.TryAddSingleton<OutsideTrainingForm>();
        services.TryAddSingleton<TrainingCards>();
        return services.AddCardCatalogEntry<ScheduleTrainingFormEntry>()
            .AddCardCatalogEntry<TrainingScheduledEntry>()
            .AddCardCatalogEntry<TrainingReminderEntry>()
            .AddCardCatalogEntry<TrainingSummaryEntry>()
            .AddCardCatalogEntry<TrainingAttendanceEntry>()
            .AddCardCatalogEntry<TrainingOfficersOnlyEntry>()
            .AddCardCatalogEntry<OutsideTrainingFormEntry>()
            .AddCardCatalogEntry<OutsideTrainingRecordedEntry>();
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

    /// <summary>
    /// Trainings (Reg. 21): the flows, the calendar event each scheduled session sends through Graph, and the job that
    /// reads the invitees' responses. Needs AddRegisters, AddGraphServices and AddDelivery beside it.
    /// </summary>
    public static IServiceCollection AddTrainings(this IServiceCollection services)
    {
        services.AddTrainingFlows();
        services.TryAddSingleton<OutboxSignal>();
        services.AddSingleton<IOutboxDeliveryHandler, TrainingEventHandler>();
        return services.AddPeriodicJob<TrainingResponsesJob>();
    }
}
