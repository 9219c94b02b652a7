using System.Text.RegularExpressions;

namespace ComplianceBot.Bot.Cards.Catalog;

internal sealed partial class CardCatalog : ICardCatalog
{
    public CardCatalog(IEnumerable<ICardCatalogEntry> entries)
    {
        Entries = [.. entries.OrderBy(e => e.Name, StringComparer.Ordinal)];
        var badName = Entries.FirstOrDefault(e => !NamePattern().IsMatch(e.Name));
        if (badName is not null)
        {
            throw new InvalidOperationException($"Card catalog entry name '{badName.Name}' must be lower-case words joined by '-'.");
        }

        var duplicate = Entries.GroupBy(e => e.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two card catalog entries are named '{duplicate.Key}'.");
        }
    }

    public IReadOnlyList<ICardCatalogEntry> Entries { get; }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex NamePattern();
}
