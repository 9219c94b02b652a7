using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplianceBot.EndToEnd.Tests.Playground;

/// <summary>
/// Drives the Playground the way its own web page does, without a browser: the HTTP API for
/// what the user does, and the conversation WebSocket for what the bot sends back.
/// </summary>
public sealed class PlaygroundClient : IAsyncDisposable
{
    public const string DefaultUserId = "user-id-0";

    private readonly HttpClient http;
    private readonly Uri baseAddress;
    private readonly ClientWebSocket socket = new();
    private readonly CancellationTokenSource stop = new();
    private readonly List<PlaygroundMessage> frames = [];
    private readonly Lock gate = new();
    private TaskCompletionSource frameArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? reader;

    public PlaygroundClient(Uri baseAddress, string conversationId, string userId = DefaultUserId)
    {
        this.baseAddress = baseAddress;
        ConversationId = conversationId;
        UserId = userId;
        http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public string ConversationId { get; }

    public string UserId { get; }

    /// <summary>How many frames arrived so far: pass it as <c>since</c> to wait only for newer ones.</summary>
    public int FrameCount
    {
        get
        {
            lock (gate)
            {
                return frames.Count;
            }
        }
    }

    /// <summary>Opens the stream. The Playground replays to it what it buffered while nobody listened.</summary>
    public async Task ConnectAsync()
    {
        var builder = new UriBuilder(baseAddress) { Scheme = "ws", Path = "/_ws_conversation/v1/conversations/stream" };
        await socket.ConnectAsync(builder.Uri, stop.Token);
        reader = Task.Run(ReadLoopAsync);
    }

    /// <summary>A typed message from the user; returns the id the Playground gave it.</summary>
    public async Task<string> SendTextAsync(string text)
    {
        var body = new JsonObject
        {
            ["type"] = "text",
            ["text"] = text,
            ["textFormat"] = "plain",
            ["from"] = new JsonObject { ["id"] = UserId },
        };
        using var response = await PostAsync($"_conversation/v1/conversations/{Uri.EscapeDataString(ConversationId)}/messages", body);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("messageId").ToString();
    }

    /// <summary>An Action.Submit on the card in message <paramref name="replyToId"/>: value = inputs merged with the action's data.</summary>
    public async Task SubmitAsync(string replyToId, JsonNode value)
    {
        var body = new JsonObject
        {
            ["conversation"] = new JsonObject { ["id"] = ConversationId },
            ["replyToId"] = replyToId,
            ["from"] = new JsonObject { ["id"] = UserId },
            ["value"] = value,
        };
        using var response = await PostAsync("_conversation/v1/submit", body);
    }

    /// <summary>An Action.Execute on the card in <paramref name="replyToId"/>; returns the bot's invoke body <c>{type, value}</c>.</summary>
    public async Task<JsonElement> InvokeAsync(string replyToId, JsonNode action)
    {
        var body = new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["value"] = new JsonObject { ["action"] = action },
            ["from"] = new JsonObject { ["id"] = UserId },
            ["conversation"] = new JsonObject { ["id"] = ConversationId },
            ["replyToId"] = replyToId,
        };
        using var response = await PostAsync("_conversation/v1/invoke", body);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    /// <summary>
    /// Clicks a card action as the page would: Action.Execute becomes an invoke (its body returned),
    /// Action.Submit a message whose value is the action's data (null returned: the answer comes as a frame).
    /// </summary>
    public async Task<JsonElement?> ClickAsync(PlaygroundMessage message, string title)
    {
        var action = message.Cards.Select(card => card.Actions.FirstOrDefault(a => a.TryGetProperty("title", out var t) && t.GetString() == title))
            .FirstOrDefault(a => a.ValueKind == JsonValueKind.Object);
        if (action.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException($"No action '{title}' in {message}");
        }

        var type = action.GetProperty("type").GetString();
        var data = action.TryGetProperty("data", out var d) ? JsonNode.Parse(d.GetRawText())! : new JsonObject();
        switch (type)
        {
            case "Action.Execute":
                var execute = new JsonObject { ["type"] = type, ["title"] = title, ["data"] = data };
                if (action.TryGetProperty("verb", out var verb))
                {
                    execute["verb"] = verb.GetString();
                }

                return await InvokeAsync(message.MessageId, execute);
            case "Action.Submit":
                await SubmitAsync(message.MessageId, data);
                return null;
            default:
                throw new InvalidOperationException($"'{title}' is an {type}, which the page does not send to the bot.");
        }
    }

    /// <summary>Sends the install events, as a page load does.</summary>
    public async Task TriggerInstallationAsync()
    {
        using var response = await PostAsync($"_debug/conversation/{Uri.EscapeDataString(ConversationId)}/installation", new JsonObject());
    }

    /// <summary>The first frame from <paramref name="since"/> on that matches, waiting up to <paramref name="timeout"/>.</summary>
    public async Task<PlaygroundMessage> WaitForMessageAsync(Func<PlaygroundMessage, bool> predicate, TimeSpan timeout, int since = 0)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task arrived;
            lock (gate)
            {
                var match = frames.Skip(since).FirstOrDefault(predicate);
                if (match is not null)
                {
                    return match;
                }

                arrived = frameArrived.Task;
            }

            try
            {
                await arrived.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No matching Playground frame within {timeout.TotalSeconds:0} s. Frames received:\n{Describe()}");
            }
        }
    }

    /// <summary>
    /// Waits until no frame has arrived for <paramref name="quiet"/> (at most 10 s), so that a late
    /// answer to one step cannot be taken for the answer to the next.
    /// </summary>
    public async Task WaitForQuietAsync(TimeSpan quiet)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        var count = FrameCount;
        do
        {
            await Task.Delay(quiet);
            var now = FrameCount;
            if (now == count)
            {
                return;
            }

            count = now;
        }
        while (DateTime.UtcNow < deadline);
    }

    public string Describe()
    {
        lock (gate)
        {
            return frames.Count == 0 ? "(none)" : string.Join('\n', frames.Select((f, i) => $"  [{i}] {f}"));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (socket.State == WebSocketState.Open)
        {
            try
            {
                using var closing = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", closing.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                // The Playground may already be gone.
            }
        }

        if (reader is not null)
        {
            await reader.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        socket.Dispose();
        stop.Dispose();
        http.Dispose();
    }

    private async Task<HttpResponseMessage> PostAsync(string path, JsonNode body)
    {
        var response = await http.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
        if (!response.IsSuccessStatusCode)
        {
            var text = await response.Content.ReadAsStringAsync();
            response.Dispose();
            throw new HttpRequestException($"POST {path} → {(int)response.StatusCode}: {text}", null, response.StatusCode);
        }

        return response;
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (!stop.IsCancellationRequested && socket.State == WebSocketState.Open)
        {
            WebSocketReceiveResult result;
            try
            {
                result = await socket.ReceiveAsync(buffer, stop.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                return;
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            var frame = PlaygroundMessage.Parse(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length));
            message.SetLength(0);
            lock (gate)
            {
                frames.Add(frame);
                frameArrived.TrySetResult();
                frameArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }
}
