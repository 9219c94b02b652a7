using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplianceBot.Bot.Cards.Catalog;

public static class CardCatalogServiceCollectionExtensions
{
    /// <summary>Adds a card to the catalog that <c>cards export</c> writes and the validation test checks.</summary>
    public static IServiceCollection AddCardCatalogEntry<TEntry>(this IServiceCollection services)
        where TEntry : class, ICardCatalogEntry
    {
        services.TryAddSingleton<ICardCatalog, CardCatalog>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICardCatalogEntry, TEntry>());
        return services;
    }
}
