namespace ComplianceBot.Bot.Tests.Operations;

public sealed class LegalPagesTests
{
    [Theory]
    [InlineData("/privacy", "Құпиялылық", "Конфиденциальность")]
    [InlineData("/terms", "Пайдалану шарттары", "Условия использования")]
    public async Task Get_ManifestLinkedPage_ReturnsHtmlInKazakhAndRussian(string path, string kazakh, string russian)
    {
        using var factory = new OperationsFactory("Development", new Dictionary<string, string?>());
        using var client = factory.CreateClient();

        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(kazakh, body, StringComparison.Ordinal);
        Assert.Contains(russian, body, StringComparison.Ordinal);
    }
}
