using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Cards.Catalog;
using ComplianceBot.Bot.Conversation.Language;
using ComplianceBot.Bot.Features;

namespace ComplianceBot.Bot.Cli;

/// <summary>
/// <c>cards export DIR</c>: every card in the catalog, in every language, with sample data, as
/// <c>&lt;card&gt;.&lt;lang&gt;.json</c> — the input of tools/validate-cards.mjs.
/// </summary>
internal static class CardExport
{
    public static async Task<IReadOnlyList<string>> RunAsync(string directory, CancellationToken cancellationToken)
    {
        // Only the conversation layer is composed: catalog entries build cards from texts and
        // options, never from the registers, Graph or the channel.
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(TimeProvider.System);
        services.AddConversationFlows(configuration);
        await using var provider = services.BuildServiceProvider(validateScopes: true);
        return await WriteAsync(provider.GetRequiredService<ICardCatalog>(), directory, cancellationToken);
    }

    public static async Task<IReadOnlyList<string>> WriteAsync(ICardCatalog catalog, string directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var language in BotLanguages.All)
        {
            foreach (var entry in catalog.Entries)
            {
                var path = Path.Combine(directory, $"{entry.Name}.{language}.json");
                await File.WriteAllTextAsync(path, Render(entry, language), cancellationToken);
                written.Add(path);
            }
        }

        return written;
    }

    private static string Render(ICardCatalogEntry entry, string language)
    {
        using var culture = CultureScope.Enter(language);
        return CardJson.Serialize(entry.CreateSample(), indented: true);
    }
}
