namespace ComplianceBot.Bot.Cards.Catalog;

/// <summary>Every card the bot can send (all registered <see cref="ICardCatalogEntry"/>s).</summary>
public interface ICardCatalog
{
    IReadOnlyList<ICardCatalogEntry> Entries { get; }
}
