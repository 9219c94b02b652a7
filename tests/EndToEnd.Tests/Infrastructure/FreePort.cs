using System.Net;
using System.Net.Sockets;

namespace ComplianceBot.EndToEnd.Tests.Infrastructure;

internal static class FreePort
{
    /// <summary>
    /// A port nobody listens on right now. The Playground silently moves to another port when
    /// its port is taken, so its fixture still reads the port it reports.
    /// </summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
