using ComplianceBot.Bot.Cards.Catalog;
using ComplianceBot.Bot.Cards.Forms;
using ComplianceBot.Bot.Cards.Menu;
using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Features.Declarations;
using ComplianceBot.Bot.Features.Attestation;
using ComplianceBot.Bot.Conversation.Language;
using ComplianceBot.Bot.Features.Menu;
using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Features.Trainings;
using ComplianceBot.Bot.Resources.DomainRules;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplianceBot.Bot.Conversation;

internal static class ConversationServiceCollectionExtensions
{
    /// <summary>
    /// The conversation layer: the activity handler (scoped: one per turn), language choice,
    /// localized texts, the menu routes and cards. Flows add their routes and cards with
    /// AddCardActionRoute / AddTextCommandRoute / AddCardCatalogEntry.
    /// </summary>
    public static IServiceCollection AddConversationFlows(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLocalization();
        services.AddOptions<LanguageOptions>()
            .BindConfiguration(LanguageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<IUserLanguagePreference, NoUserLanguagePreference>();
        services.TryAddScoped<LanguageResolver>();
        services.TryAddSingleton<MenuCards>();
        services.TryAddSingleton<FormValidator>();
        services.TryAddSingleton<DomainErrorText>();

        services.AddDeclarationCards();
        services.TryAddScoped<IActivityHandler, ConversationActivityHandler>();
        services.TryAddScoped<TextCommandDispatcher>();
        services.TryAddSingleton<TextCommandIndex>();
        services.TryAddSingleton<CardActionIndex>();
        services.TryAddScoped<CardActionDispatcher>();
        // Every turn that is not a card action ("menu", a typed word) would otherwise build all card routes.
        services.TryAddScoped(sp => new Lazy<CardActionDispatcher>(sp.GetRequiredService<CardActionDispatcher>));
        services.AddTextCommandRoute<MenuTextRoute>()
            .AddTextCommandRoute<HelpTextRoute>()
            .AddTextCommandRoute<ShortcutTextRoute>()
            .AddCardActionRoute<MenuVerbRoute>()
            .AddCardActionRoute<HelpVerbRoute>();
        services.AddTrainingCards();
        services.AddAttestationCards();

        services.AddReportCards();
        return services.AddCardCatalogEntry<WelcomeCardEntry>()
            .AddCardCatalogEntry<MenuCardEntry>()
            .AddCardCatalogEntry<HelpCardEntry>()
            .AddCardCatalogEntry<NotUnderstoodCardEntry>()
            .AddCardCatalogEntry<NotAvailableCardEntry>();
    }
}
