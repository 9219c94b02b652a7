namespace ComplianceBot.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Every end-to-end test class shares one bot and runs one after another: the machine has two
/// cores, and a Playground page and a headless chromium are heavy enough already.
/// </summary>
[CollectionDefinition(Name)]
public sealed class EndToEndGroup : ICollectionFixture<BotFixture>
{
    public const string Name = "End to end";
}
