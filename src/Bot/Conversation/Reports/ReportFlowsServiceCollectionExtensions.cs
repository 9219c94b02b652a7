using ComplianceBot.Bot.Cards.Catalog;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Resources.Choices;
using ComplianceBot.Domain.Choices;
using ComplianceBot.Domain.Reports;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplianceBot.Bot.Conversation.Reports;

internal static class ReportFlowsServiceCollectionExtensions
{
    /// <summary>
    /// The confidential channel's routes, services and reminders (issue 5). They need the registers, so they are
    /// added where the conversation meets the registers (AddRegisterBackedServices), after <see cref="AddReportCards"/>.
    /// </summary>
    public static IServiceCollection AddReportFlows(this IServiceCollection services)
    {
        services.AddReportCards();
        services.AddReportServices();
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddScoped<ReportFormReader>();
        services.TryAddScoped<ReportFiling>();
        services.TryAddScoped<RecipientCulture>();
        services.TryAddScoped<OfficerCaseContext>();
        services.TryAddScoped<OfficerPanel>();
        services.TryAddScoped<DeadlineReminders>();
        services.AddHostedService<DeadlineReminderService>();

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
            .AddCardCatalogEntry<OfficerPanelEntry>();
    }
}
