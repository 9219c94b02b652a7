using System.Text.RegularExpressions;

namespace ComplianceBot.Bot.Cards.Catalog;

internal sealed partial class CardCatalog : ICardCatalog
{
    public CardCatalog(IEnumerable<ICardCatalogEntry> entries)
    {
        Entries = [.. entries.OrderBy(e => e.Name, StringComparer.Ordinal)];
        foreach (var entry in Entries.Where(e => !NamePattern().IsMatch(e.Name)))
        {
            throw new InvalidOperationException($"Card catalog entry name '{entry.Name}' must be lower-case words joined by '-'.");
        }

        foreach (var duplicate in Entries.GroupBy(e => e.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            throw new InvalidOperationException($"Two card catalog entries are named '{duplicate.Key}'.");
        }
    }

    public IReadOnlyList<ICardCatalogEntry> Entries { get; }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex NamePattern();
}
