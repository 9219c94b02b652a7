using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ComplianceBot.EndToEnd.Tests.Playground;

namespace ComplianceBot.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Microsoft 365 Agents Playground pointed at the bot, one per test class: bot messages sent
/// while no page is connected are buffered and replayed to the next client, so a Playground
/// shared between classes would leak one class's messages into another.
/// </summary>
public sealed partial class PlaygroundFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly TaskCompletionSource<int> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim startGate = new(1, 1);
    private ChildProcess? process;

    public Uri BaseAddress { get; private set; } = null!;

    public string ConversationId { get; private set; } = "";

    /// <summary>One API client per class, connected from the start, so no frame is replayed into the wrong test.</summary>
    public PlaygroundClient Client { get; private set; } = null!;

    /// <summary>Starts the Playground once for the class; later calls return at once.</summary>
    public async Task StartAsync(Uri botMessagesEndpoint, string conversationId)
    {
        await startGate.WaitAsync();
        try
        {
            if (process is not null)
            {
                return;
            }

            ConversationId = conversationId;
            var logDirectory = Path.Combine(RepositoryLayout.ArtifactsDirectory, "logs");
            var startInfo = new ProcessStartInfo("node") { WorkingDirectory = Path.Combine(RepositoryLayout.RepositoryRoot, "tools") };
            foreach (var argument in new[]
            {
                RepositoryLayout.PlaygroundCli, "-e", botMessagesEndpoint.ToString(), "-c", "msteams", "--dt",
                "-p", FreePort.Next().ToString(CultureInfo.InvariantCulture), "--conversation-id", conversationId,
            })
            {
                startInfo.ArgumentList.Add(argument);
            }

            // Without this it tries to open a browser and exits.
            startInfo.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
            startInfo.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(logDirectory, $"playground-{conversationId}-server.log");
            process = ChildProcess.Start(startInfo, Path.Combine(logDirectory, $"playground-{conversationId}.log"), OnOutputLine);

            // It moves to another port, silently, when the chosen one was taken meanwhile: trust its own word.
            int port;
            try
            {
                port = await listening.Task.WaitAsync(StartTimeout);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"The Playground printed no 'Listening on' line. Its output:\n{process.ReadLog()}");
            }

            BaseAddress = new Uri($"http://localhost:{port}/");
            using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
            await Poll.UntilAsync(
                $"The Playground at {BaseAddress}_debug/ping",
                async () => (await http.GetStringAsync(new Uri("_debug/ping", UriKind.Relative))).Trim() == "pong",
                process,
                StartTimeout);
            Client = new PlaygroundClient(BaseAddress, conversationId);
            await Client.ConnectAsync();
        }
        finally
        {
            startGate.Release();
        }
    }

    public string ReadLog() => process?.ReadLog() ?? "";

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (Client is not null)
        {
            await Client.DisposeAsync();
        }

        process?.Dispose();
        startGate.Dispose();
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningLine();

    private void OnOutputLine(string line)
    {
        var match = ListeningLine().Match(line);
        if (match.Success)
        {
            listening.TrySetResult(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
        }
    }
}
