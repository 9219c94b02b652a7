using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ComplianceBot.EndToEnd.Tests.Infrastructure;

namespace ComplianceBot.EndToEnd.Tests.Declarations;

/// <summary>
/// Sits between the Playground and the bot and sets each activity's locale to <c>kk-KZ</c>, as Teams does for a
/// user whose Teams language is Kazakh. Playground 0.2.28 hard-codes <c>en-US</c> with no option to change it,
/// and the bot rightly lets the activity's locale win over a stored preference (docs/decisions/074).
/// </summary>
internal sealed class LocaleProxy : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly HttpClient client = new();
    private readonly Uri target;
    private readonly string locale;
    private readonly Task loop;

    public LocaleProxy(Uri botMessagesEndpoint, string locale)
    {
        target = botMessagesEndpoint;
        this.locale = locale;
        var port = FreePort.Next();
        Endpoint = new Uri($"http://localhost:{port}/api/messages");
        listener.Prefixes.Add($"http://localhost:{port}/");
        listener.Start();
        loop = Task.Run(AcceptLoopAsync);
    }

    public Uri Endpoint { get; }

    private async Task AcceptLoopAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ForwardAsync(context));
        }
    }

    private async Task ForwardAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var activity = JsonNode.Parse(await reader.ReadToEndAsync())!;
        activity["locale"] = locale;
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(target, content);
        var body = await response.Content.ReadAsByteArrayAsync();
        context.Response.StatusCode = (int)response.StatusCode;
        context.Response.ContentType = response.Content.Headers.ContentType?.ToString();
        await context.Response.OutputStream.WriteAsync(body);
        context.Response.Close();
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        await loop;
        client.Dispose();
    }
}
