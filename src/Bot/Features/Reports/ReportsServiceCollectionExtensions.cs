using ComplianceBot.Bot.Cards.Catalog;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Jobs;
using ComplianceBot.Bot.Resources.Choices;
using ComplianceBot.Domain.Choices;
using ComplianceBot.Domain.Reports;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplianceBot.Bot.Features.Reports;

internal static class ReportsServiceCollectionExtensions
{
    /// <summary>
    /// Reports and investigations: the confidential channel's routes, services, reminders and the reporter's notices
    /// (issue 5). Needs AddRegisters and AddDelivery beside it.
    /// </summary>
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddReportCards();
        services.TryAddSingleton<OutboxSignal>();
        services.AddSingleton<IOutboxDeliveryHandler, ReporterNoticeHandler>();
        services.AddReportServices();
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddScoped<ReportFormReader>();
        services.TryAddScoped<ReportFiling>();
        services.TryAddScoped<RecipientCulture>();
        services.TryAddScoped<OfficerCaseContext>();
        services.TryAddScoped<OfficerPanel>();
        // The workspace's case inbox and case page (decision 140), over the same rule and routes as the case card.
        services.TryAddScoped<CaseInbox>();
        services.TryAddScoped<CaseDesk>();
        services.TryAddScoped<DeadlineReminders>();
        services.AddRecurringJob<DeadlineReminderService>();

        services.AddCardActionRoute<ReportStartRoute>()
            .AddCardActionRoute<ReportSubmitRoute>()
            .AddCardActionRoute<ReportCheckRoute>()
            .AddCardActionRoute<ReportReceiptSavedRoute>()
            .AddCardActionRoute<ReportOpenRoute>()
            .AddCardActionRoute<ReportReplyRoute>()
            .AddCardActionRoute<ReportViewRoute>()
            .AddCardActionRoute<ReportAcknowledgeRoute>()
            .AddCardActionRoute<ReportMessageRoute>()
            .AddCardActionRoute<ReportShowIdentityRoute>()
            .AddCardActionRoute<ReportImplicateRoute>()
            .AddCardActionRoute<ReportCloseRoute>()
            .AddCardActionRoute<ReportReassignRoute>()
            .AddCardActionRoute<SendToAuthorizedBodyRoute>()
            .AddCardActionRoute<ReportInvestigateRoute>()
            .AddCardActionRoute<ReportAssignRoute>()
            .AddCardActionRoute<ReportFindingsRoute>()
            .AddCardActionRoute<ReportExplainRoute>()
            .AddCardActionRoute<ExplanationAnswerRoute>()
            .AddCardActionRoute<OfficerPanelRoute>()
            .AddCardActionRoute<ParticipationRecordRoute>()
            .AddTextCommandRoute<OfficerPanelTextRoute>();
        return services;
    }

    /// <summary>The report cards and their catalog entries: no register needed, so <c>cards export</c> has them.</summary>
    public static IServiceCollection AddReportCards(this IServiceCollection services)
    {
        services.AddRegisterChoices().TryAddSingleton<ChoiceTexts>();
        services.TryAddSingleton<ReporterCards>();
        services.TryAddSingleton<OfficerCards>();
        services.TryAddSingleton<SendToAuthorizedBodyCards>();
        services.TryAddSingleton<NoticeCards>();
        services.TryAddSingleton<PanelCards>();
        return services.AddCardCatalogEntry<ReportFormEntry>()
            .AddCardCatalogEntry<ReportReceiptEntry>()
            .AddCardCatalogEntry<ReportCheckEntry>()
            .AddCardCatalogEntry<ReportCaseEntry>()
            .AddCardCatalogEntry<OfficerNewReportEntry>()
            .AddCardCatalogEntry<OfficerCaseEntry>()
            .AddCardCatalogEntry<DirectorNoticeEntry>()
            .AddCardCatalogEntry<ReporterNoticeEntry>()
            .AddCardCatalogEntry<ExplanationEntry>()
            .AddCardCatalogEntry<OfficerPanelEntry>()
            .AddCardCatalogEntry<SendToAuthorizedBodyConfirmEntry>();
    }
}
