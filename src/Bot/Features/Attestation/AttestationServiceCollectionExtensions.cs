using ComplianceBot.Bot.Cards.Catalog;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Jobs;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Attestation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplianceBot.Bot.Features.Attestation;

/// <summary>
/// The annual attestation (Reg. 14.12) in two parts: its cards, which need no database (so <c>cards export</c>
/// and the conversation layer alone can build them), and its routes and reminders, which need the registers
/// and the outbox (decision 003, decision 080).
/// </summary>
public static class AttestationServiceCollectionExtensions
{
    /// <summary>Cards and their catalog entries; <c>cards export</c> has them through AddConversationFlows.</summary>
    public static IServiceCollection AddAttestationCards(this IServiceCollection services)
    {
        AddOptions(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RegisterClock>();
        services.TryAddSingleton<EmployeeAttestationCards>();
        services.TryAddSingleton<OfficerAttestationCards>();
        return services.AddCardCatalogEntry<AttestationAskCardEntry>()
            .AddCardCatalogEntry<AttestationReminderCardEntry>()
            .AddCardCatalogEntry<AttestationStartCardEntry>()
            .AddCardCatalogEntry<AttestationProgressCardEntry>()
            .AddCardCatalogEntry<AttestationAnsweredCardEntry>();
    }

    /// <summary>The whole feature: cards, officer and employee routes, the outbox messages and the reminder job. Needs AddRegisters and AddDelivery beside it.</summary>
    public static IServiceCollection AddAttestation(this IServiceCollection services)
    {
        services.AddAttestationCards();
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddScoped<AttestationRegister>();
        services.TryAddScoped<AttestationOutbox>();
        return services.AddRecurringJob<AttestationReminders>()
            .AddTextCommandRoute<AttestationTextRoute>()
            .AddCardActionRoute<AttestationStartRoute>()
            .AddCardActionRoute<AttestationProgressRoute>()
            .AddCardActionRoute<AttestationCloseRoute>()
            .AddCardActionRoute<AttestationAnswerRoute>();
    }

    private static void AddOptions(IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(AttestationOptionsMarker)))
        {
            return;
        }

        services.AddSingleton<AttestationOptionsMarker>();
        services.AddOptions<AttestationOptions>().BindConfiguration(AttestationOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
    }

    /// <summary>Binds the options once however many of the two methods run.</summary>
    private sealed class AttestationOptionsMarker;
}
