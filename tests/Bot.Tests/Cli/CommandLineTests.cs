using ComplianceBot.Bot.Cli;

namespace ComplianceBot.Bot.Tests.Cli;

public sealed class CommandLineTests : IDisposable
{
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("compliancebot-cli-");

    [Theory]
    [InlineData]
    [InlineData("--urls", "http://localhost:3978")]
    public async Task TryRunAsync_NoCommand_LetsTheWebHostStart(params string[] args) =>
        Assert.False(await CommandLine.TryRunAsync(args));

    [Fact]
    public async Task TryRunAsync_CardsExport_WritesEachCardInEachLanguage()
    {
        var target = Path.Combine(directory.FullName, "out");

        Assert.True(await CommandLine.TryRunAsync(["cards", "export", target]));

        var files = Directory.GetFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("welcome.kk.json", files);
        Assert.Contains("menu.ru.json", files);
        Assert.Contains("help.en.json", files);
        Assert.Equal(files.Count / 3, files.Count(f => f!.EndsWith(".kk.json", StringComparison.Ordinal)));
        Assert.Contains("Сыйлықты декларациялау", await File.ReadAllTextAsync(Path.Combine(target, "menu.kk.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryRunAsync_CardsWithoutExportDirectory_HandlesItWithUsageExitCode()
    {
        try
        {
            Assert.True(await CommandLine.TryRunAsync(["cards", "export"]));
            Assert.Equal(2, Environment.ExitCode);
        }
        finally
        {
            Environment.ExitCode = 0;
        }
    }

    public void Dispose() => directory.Delete(recursive: true);
}
