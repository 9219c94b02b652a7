using ComplianceBot.Bot.Conversation;
using ComplianceBot.Bot.Features.Administration;
using ComplianceBot.Bot.Features.Attestation;
using ComplianceBot.Bot.Features.Declarations;
using ComplianceBot.Bot.Features.DirectorNotices;
using ComplianceBot.Bot.Features.Menu;
using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Bot.Features.Trainings;

namespace ComplianceBot.Bot.Features;

/// <summary>The one place that names every feature's register-free part (decision 130).</summary>
internal static class FeaturesServiceCollectionExtensions
{
    /// <summary>
    /// The conversation core with every feature's cards and catalog entries and the menu, without the registers,
    /// Graph or the channel: what <c>cards export</c> and the conversation tests compose.
    /// </summary>
    public static IServiceCollection AddConversationFlows(this IServiceCollection services, IConfiguration configuration) =>
        services.AddConversation(configuration)
            .AddMenu()
            .AddDeclarationCards()
            .AddAdministrationCards()
            .AddTrainingCards()
            .AddDirectorNoticeCards()
            .AddAttestationCards()
            .AddReportCards();
}
