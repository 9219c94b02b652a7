using ComplianceBot.Bot.Cards.Catalog;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Domain.Attestation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplianceBot.Bot.Conversation.Attestation;

public static class AttestationServiceCollectionExtensions
{
    /// <summary>The annual attestation (Reg. 14.12): officer routes, the employee's card, reminders.</summary>
    public static IServiceCollection AddAttestationFlows(this IServiceCollection services)
    {
        services.AddOptions<AttestationOptions>().BindConfiguration(AttestationOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddScoped<AttestationRegister>();
        services.TryAddScoped<AttestationOutbox>();
        services.TryAddSingleton<EmployeeAttestationCards>();
        services.TryAddSingleton<OfficerAttestationCards>();
        services.TryAddSingleton<AttestationReminders>();
        services.AddHostedService(sp => sp.GetRequiredService<AttestationReminders>());
        services.AddTextCommandRoute<AttestationTextRoute>()
            .AddCardActionRoute<AttestationStartRoute>()
            .AddCardActionRoute<AttestationProgressRoute>()
            .AddCardActionRoute<AttestationCloseRoute>()
            .AddCardActionRoute<AttestationAnswerRoute>();
        return services.AddCardCatalogEntry<AttestationAskCardEntry>()
            .AddCardCatalogEntry<AttestationReminderCardEntry>()
            .AddCardCatalogEntry<AttestationStartCardEntry>()
            .AddCardCatalogEntry<AttestationProgressCardEntry>()
            .AddCardCatalogEntry<AttestationAnsweredCardEntry>();
    }
}
