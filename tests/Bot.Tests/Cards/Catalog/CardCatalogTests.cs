using ComplianceBot.Bot.Cards.Catalog;
using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Tests.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Cards.Catalog;

public sealed class CardCatalogTests
{
    [Fact]
    public async Task Entries_FlowRegistersEntry_IsInTheCatalogBesideTheMenuCards()
    {
        await using var host = new ConversationTestHost(services => services.AddCardCatalogEntry<SampleEntry>());

        var names = host.Services.GetRequiredService<ICardCatalog>().Entries.Select(e => e.Name).ToList();

        // Flows add their own cards beside these; the catalog lists all of them in name order.
        Assert.Superset(new HashSet<string>(["help", "menu", "menu-not-available", "menu-not-understood", "sample-flow-card", "welcome"]), names.ToHashSet());
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Theory]
    [InlineData("Gift Form")]
    [InlineData("gift.form")]
    public void Constructor_NameNotLowerCaseWords_Refuses(string name) =>
        Assert.Throws<InvalidOperationException>(() => new CardCatalog([new NamedEntry(name)]));

    [Fact]
    public void Constructor_TwoEntriesWithOneName_RefusesNamingIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new CardCatalog([new NamedEntry("gift-form"), new NamedEntry("gift-form")]));

        Assert.Contains("'gift-form'", error.Message, StringComparison.Ordinal);
    }

    private sealed class SampleEntry : ICardCatalogEntry
    {
        public string Name => "sample-flow-card";

        public AdaptiveCard CreateSample() => new() { Body = [new TextBlock("sample")] };
    }

    private sealed class NamedEntry(string name) : ICardCatalogEntry
    {
        public string Name => name;

        public AdaptiveCard CreateSample() => new();
    }
}
