using ComplianceBot.Bot.Cards.Catalog;
using ComplianceBot.Bot.Cards.Forms;
using ComplianceBot.Bot.Cards.Menu;
using ComplianceBot.Bot.Channel;
using ComplianceBot.Bot.Conversation.Language;
using ComplianceBot.Bot.Conversation.Routing;
using ComplianceBot.Bot.Resources.DomainRules;
using ComplianceBot.Domain;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplianceBot.Bot.Conversation;

internal static class ConversationServiceCollectionExtensions
{
    /// <summary>
    /// The conversation core, which knows no feature: the activity handler (scoped: one per turn), language choice,
    /// localized texts, the route dispatchers and the menu cards. Features add their routes and cards with
    /// AddCardActionRoute / AddTextCommandRoute / AddCardCatalogEntry.
    /// </summary>
    public static IServiceCollection AddConversation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLocalization();
        services.AddOrganizationOptions();
        services.TryAddSingleton<IUserLanguagePreference, NoUserLanguagePreference>();
        services.TryAddScoped<LanguageResolver>();
        services.TryAddSingleton<MenuCards>();
        services.TryAddSingleton<FormValidator>();
        services.TryAddSingleton<DomainErrorText>();
        services.TryAddScoped<IActivityHandler, ConversationActivityHandler>();
        services.TryAddScoped<TextCommandDispatcher>();
        services.TryAddScoped<CardActionDispatcher>();
        // Each dispatcher makes every route of its kind: a typed word would otherwise build all card routes too.
        services.TryAddScoped(sp => new Lazy<TextCommandDispatcher>(sp.GetRequiredService<TextCommandDispatcher>));
        services.TryAddScoped(sp => new Lazy<CardActionDispatcher>(sp.GetRequiredService<CardActionDispatcher>));
        return services.AddCardCatalogEntry<WelcomeCardEntry>()
            .AddCardCatalogEntry<MenuCardEntry>()
            .AddCardCatalogEntry<HelpCardEntry>()
            .AddCardCatalogEntry<OfficerHelpCardEntry>()
            .AddCardCatalogEntry<NotUnderstoodCardEntry>()
            .AddCardCatalogEntry<NotAvailableCardEntry>();
    }

    /// <summary>The user's stored language preference (the people register) instead of none. Needs AddRegisters.</summary>
    public static IServiceCollection AddRegisteredLanguagePreference(this IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Scoped<IUserLanguagePreference, EmployeeLanguagePreference>());
}
