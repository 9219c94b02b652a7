using System.Diagnostics;
using System.Globalization;

namespace ComplianceBot.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The built bot as a separate process, as a person runs it: Development environment (no
/// channel auth), SQLite and the local mailbox in a fresh temporary folder, a free loopback port.
/// One bot serves the whole end-to-end collection; each test class brings its own Playground.
/// </summary>
public sealed class BotFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "compliancebot-e2e-" + Guid.NewGuid().ToString("N"));
    private ChildProcess? process;

    public Uri BaseAddress { get; private set; } = null!;

    public Uri MessagesEndpoint => new(BaseAddress, "api/messages");

    /// <summary>The bot's data folder: registers.db and the local mailbox (mailbox/).</summary>
    public string DataDirectory => dataDirectory;

    public string LogPath => process?.LogPath ?? "";

    public async Task InitializeAsync()
    {
        var port = FreePort.Next();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        var botAssembly = RepositoryLayout.BotAssembly;
        var startInfo = new ProcessStartInfo("dotnet")
        {
            // The content root is the working directory: the bot's appsettings sit beside its dll.
            WorkingDirectory = Path.GetDirectoryName(botAssembly)!,
        };
        startInfo.ArgumentList.Add(botAssembly);
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        startInfo.Environment["DOTNET_ENVIRONMENT"] = "Development";
        startInfo.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString().TrimEnd('/');
        startInfo.Environment["Registers__DataDirectory"] = dataDirectory;
        startInfo.Environment["Graph__LocalMailboxPath"] = Path.Combine(dataDirectory, "mailbox");
        // The officer's card for an anonymous report comes at once, not at a random moment of the next two working hours (decision 119).
        startInfo.Environment["Reports__AnonymousRelease__Window"] = "00:00:00";
        startInfo.Environment["Logging__Console__FormatterName"] = "simple";
        // The workspace's tests sign in as the director (decision 143); no other test plays the director.
        startInfo.Environment["Organization__DirectorAadObjectId"] = Workspace.WorkspacePeople.DirectorAadObjectId;
        Directory.CreateDirectory(dataDirectory);

        process = ChildProcess.Start(startInfo, Path.Combine(RepositoryLayout.ArtifactsDirectory, "logs", "bot.log"));
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var lastAnswer = "none";
        await Poll.UntilAsync(
            $"The bot at {BaseAddress}health/live (last answer: {{0}})",
            async () =>
            {
                using var response = await http.GetAsync(new Uri("health/live", UriKind.Relative));
                lastAnswer = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
                return response.IsSuccessStatusCode;
            },
            process,
            StartTimeout,
            () => lastAnswer);
    }

    public Task DisposeAsync()
    {
        process?.Dispose();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left to the temp folder's cleaner.
        }

        return Task.CompletedTask;
    }
}
