using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ComplianceBot.Bot.Tests.ChannelTestSupport;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Channel.Inbound;

/// <summary>
/// Slow or unauthenticated clients cost nothing that valid traffic needs (decision 112), over real
/// Kestrel sockets: a request with a forged token is refused from its header before it waits for a
/// turn slot or has its body read, so clients trickling bodies never hold the slots.
/// </summary>
public sealed class SlowClientTests : IDisposable
{
    private const int SlowClients = 64;

    private readonly ChannelAppFactory factory = new();

    public SlowClientTests()
    {
        factory.UseKestrel(0);
        factory.StartServer();
    }

    [Fact]
    public async Task PostMessages_64ClientsTricklingBodiesWithABogusToken_DoNotDelayAValidActivity()
    {
        var address = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var client = new HttpClient { BaseAddress = address };
        await SendValidAsync(client); // warm-up: metadata, JIT
        var normal = await SlowestOfAsync(client, 5);

        using var stop = new CancellationTokenSource();
        var slow = Enumerable.Range(0, SlowClients).Select(_ => TrickleAsync(address, stop.Token)).ToArray();
        await Task.Delay(TimeSpan.FromSeconds(1)); // every slow client has sent its headers and is trickling
        var underLoad = await SlowestOfAsync(client, 5);
        await stop.CancelAsync();
        var statuses = await Task.WhenAll(slow);

        // Before, 32 of them held every turn slot while Kestrel waited 5 s for their bodies.
        Assert.True(underLoad < normal + TimeSpan.FromSeconds(1), $"slowest valid activity took {underLoad.TotalMilliseconds:F0} ms with slow clients, {normal.TotalMilliseconds:F0} ms without");
        Assert.All(statuses, status => Assert.Equal("401", status));
    }

    public void Dispose() => factory.Dispose();

    private async Task<TimeSpan> SlowestOfAsync(HttpClient client, int count)
    {
        var slowest = TimeSpan.Zero;
        for (var i = 0; i < count; i++)
        {
            var elapsed = await SendValidAsync(client);
            slowest = elapsed > slowest ? elapsed : slowest;
        }

        return slowest;
    }

    private async Task<TimeSpan> SendValidAsync(HttpClient client)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.SendAsync(ActivityJson.Request(ActivityJson.Message(), factory.Issuer.CreateToken()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return watch.Elapsed;
    }

    /// <summary>Headers at once with a bogus token and a 100 kB body announced, then a byte every 200 ms; returns the status it got.</summary>
    private static async Task<string> TrickleAsync(Uri address, CancellationToken stop)
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(address.Host, address.Port, CancellationToken.None);
        var stream = socket.GetStream();
        var head = $"POST /api/messages HTTP/1.1\r\nHost: {address.Authority}\r\nAuthorization: Bearer bogus.token.value\r\n"
            + "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), CancellationToken.None);
        var reading = ReadStatusAsync(stream);
        try
        {
            while (!stop.IsCancellationRequested && !reading.IsCompleted)
            {
                await stream.WriteAsync(" "u8.ToArray(), CancellationToken.None);
                await Task.Delay(200, stop);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException)
        {
            // Stopped by the test, or the server closed the connection after answering.
        }

        return await reading.WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None);
    }

    private static async Task<string> ReadStatusAsync(NetworkStream stream)
    {
        var buffer = new byte[256];
        var read = await stream.ReadAsync(buffer);
        var line = Encoding.ASCII.GetString(buffer, 0, read);
        return line.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) ? line.Substring(9, 3) : line;
    }
}
