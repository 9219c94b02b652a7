namespace ComplianceBot.Graph.Tests.Local;

public sealed class LocalDirectorySyncTests
{
    [Fact]
    public async Task GetUsersDeltaAsync_SeedFile_ReturnsUsersThenNothingForSameLink()
    {
        using var fixture = new LocalMailboxFixture(new Dictionary<string, string?> { ["Graph:LocalDirectoryFile"] = "directory.json" });
        await File.WriteAllTextAsync(Path.Combine(fixture.ContentRoot, "directory.json"), """
            [{"id":"u1","displayName":"Aigerim","department":"Finance","jobTitle":"Accountant","mail":"a@contoso.kz",
              "userPrincipalName":"a@contoso.kz","preferredLanguage":"kk-KZ","managerId":"u9"}]
            """);
        var sync = fixture.Get<IDirectorySync>();

        var first = await sync.GetUsersDeltaAsync(null, CancellationToken.None);
        var second = await sync.GetUsersDeltaAsync(first.DeltaLink, CancellationToken.None);

        Assert.Equal(new DirectoryUser("u1", "Aigerim", "Finance", "Accountant", "a@contoso.kz", "a@contoso.kz", "kk-KZ", "u9"), Assert.Single(first.Changed));
        Assert.Empty(second.Changed);
        Assert.Equal(first.DeltaLink, second.DeltaLink);
    }

    [Fact]
    public async Task GetUsersDeltaAsync_NoSeedFile_ReturnsNoUsers()
    {
        using var fixture = new LocalMailboxFixture();

        var delta = await fixture.Get<IDirectorySync>().GetUsersDeltaAsync(null, CancellationToken.None);

        Assert.Empty(delta.Changed);
        Assert.Empty(delta.RemovedIds);
    }
}
