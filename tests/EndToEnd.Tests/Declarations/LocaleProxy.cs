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
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var text = await reader.ReadToEndAsync();
            using var request = new HttpRequestMessage(new HttpMethod(context.Request.HttpMethod), target);
            if (text.Length > 0)
            {
                // Only a JSON activity is rewritten; anything else (the Playground's start-up probe) passes as it is.
                var activity = JsonNode.Parse(text)!;
                activity["locale"] = locale;
                request.Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
            }

            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            context.Response.StatusCode = (int)response.StatusCode;
            if (response.Content.Headers.ContentType is { } type)
            {
                context.Response.ContentType = type.ToString();
            }

            context.Response.ContentLength64 = body.Length;
            await context.Response.OutputStream.WriteAsync(body);
        }
        catch (Exception e) when (e is HttpRequestException or System.Text.Json.JsonException or IOException)
        {
            context.Response.StatusCode = (int)HttpStatusCode.BadGateway;
        }
        finally
        {
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        await loop;
        client.Dispose();
    }
}
