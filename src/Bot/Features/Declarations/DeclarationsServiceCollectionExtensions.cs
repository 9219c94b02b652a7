using ComplianceBot.Bot.Cards.Catalog;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Jobs;
using ComplianceBot.Bot.Resources.Choices;
using ComplianceBot.Bot.Resources.DomainRules;
using ComplianceBot.Domain.Choices;
using ComplianceBot.Domain.Notices;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplianceBot.Bot.Features.Declarations;

public static class DeclarationsServiceCollectionExtensions
{
    /// <summary>
    /// The declaration cards and their options: needs no register, so <c>cards export</c> composes it
    /// (through AddConversationFlows).
    /// </summary>
    public static IServiceCollection AddDeclarationCards(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<DeclarationOptions>().BindConfiguration(DeclarationOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.MciValues.Values.All(v => v > 0), "Declarations:MciValues must be positive tenge amounts per year.")
            .ValidateOnStart();
        services.AddRegisterChoices().TryAddSingleton<ChoiceTexts>();
        services.TryAddSingleton<DeclarationCalendar>();
        services.TryAddSingleton<DeclarationFacts>();
        services.TryAddSingleton<GiftFormCard>();
        services.TryAddSingleton<ConflictFormCard>();
        services.TryAddSingleton<ReceiptCards>();
        services.TryAddSingleton<DecisionNoticeCards>();
        services.TryAddSingleton<MyDeclarationsCard>();
        services.TryAddSingleton<ReviewCards>();
        services.TryAddSingleton<DomainErrorText>();
        return services.AddCardCatalogEntry<GiftFormEntry>()
            .AddCardCatalogEntry<GiftFormErrorsEntry>()
            .AddCardCatalogEntry<GiftReceiptEntry>()
            .AddCardCatalogEntry<ConflictFormEntry>()
            .AddCardCatalogEntry<ConflictReceiptEntry>()
            .AddCardCatalogEntry<MyDeclarationsEntry>()
            .AddCardCatalogEntry<GiftReviewEntry>()
            .AddCardCatalogEntry<GiftReviewDecidedEntry>()
            .AddCardCatalogEntry<GiftReviewDirectorEntry>()
            .AddCardCatalogEntry<ConflictReviewEntry>()
            .AddCardCatalogEntry<ConflictReviewAssessedEntry>()
            .AddCardCatalogEntry<GiftDecisionNoticeEntry>()
            .AddCardCatalogEntry<ConflictDecisionNoticeEntry>();
    }

    /// <summary>
    /// Gifts and conflicts of interest: filing, amending, "my declarations" and their review by the
    /// officers or the director (Reg. 24.5, 24.6), over the registers.
    /// </summary>
    public static IServiceCollection AddDeclarations(this IServiceCollection services)
    {
        services.AddDeclarationCards();
        services.AddDirectorDigest();
        services.TryAddScoped<PeopleLookup>();
        services.TryAddScoped<ReviewDelivery>();
        services.TryAddScoped<DeclarationFiling>();
        services.TryAddScoped<DeclarationQueries>();
        services.TryAddScoped<DecisionRecorder>();
        services.TryAddScoped<DirectorReviewHandover>();
        return services.AddCardActionRoute<GiftStartRoute>()
            .AddCardActionRoute<ConflictStartRoute>()
            .AddCardActionRoute<GiftSubmitRoute>()
            .AddCardActionRoute<ConflictSubmitRoute>()
            .AddCardActionRoute<MineRoute>()
            .AddCardActionRoute<GiftAmendRoute>()
            .AddCardActionRoute<ConflictAmendRoute>()
            .AddCardActionRoute<GiftDecideRoute>()
            .AddCardActionRoute<ConflictAssessRoute>()
            .AddPeriodicJob<DirectorReviewHandoverJob>();
    }
}
