using ComplianceBot.Bot.Cards.Model;

namespace ComplianceBot.Bot.Cards.Catalog;

/// <summary>
/// One card the bot can send, with sample data, so that <c>cards export</c> writes it in every
/// language and the adaptivecards validation test checks it. Register with
/// <see cref="CardCatalogServiceCollectionExtensions.AddCardCatalogEntry{TEntry}"/>.
/// </summary>
public interface ICardCatalogEntry
{
    /// <summary>File name stem: lower-case words joined by '-' (e.g. "gift-form").</summary>
    string Name { get; }

    /// <summary>Builds the card with sample data, in the current UI culture.</summary>
    AdaptiveCard CreateSample();
}
