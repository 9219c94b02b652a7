using System.Net.Sockets;
using System.Text;

namespace ComplianceBot.Bench.Pacer;

/// <summary>One keep-alive HTTP/1.1 connection with one request in flight; reads a response with Content-Length or chunked body.</summary>
internal sealed class HttpConnection : IDisposable
{
    private readonly Socket _socket;
    private readonly byte[] _buffer = new byte[16 * 1024];
    private int _start;
    private int _end;

    private HttpConnection(Socket socket) => _socket = socket;

    public static HttpConnection Open(Uri url)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        socket.Connect(url.Host, url.Port);
        return new HttpConnection(socket);
    }

    public void Send(byte[] request)
    {
        var sent = 0;
        while (sent < request.Length)
        {
            sent += _socket.Send(request, sent, request.Length - sent, SocketFlags.None);
        }
    }

    /// <summary>The status code, once the whole response has been read.</summary>
    public async Task<int> ReadResponseAsync()
    {
        int headerEnd;
        while ((headerEnd = IndexOf("\r\n\r\n"u8)) < 0)
        {
            await FillAsync();
        }

        var head = Encoding.ASCII.GetString(_buffer, _start, headerEnd - _start);
        var status = int.Parse(head.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture);
        _start = headerEnd + 4;
        if (Header(head, "content-length") is { } length)
        {
            var remaining = int.Parse(length, System.Globalization.CultureInfo.InvariantCulture);
            while (_end - _start < remaining)
            {
                remaining -= _end - _start;
                _start = _end;
                await FillAsync();
            }

            _start += remaining;
        }
        else if (Header(head, "transfer-encoding") is { } encoding && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            int last;
            while ((last = IndexOf("0\r\n\r\n"u8)) < 0)
            {
                await FillAsync();
            }

            _start = last + 5;
        }

        return status;
    }

    private async Task FillAsync()
    {
        if (_start == _end)
        {
            _start = _end = 0;
        }
        else if (_end == _buffer.Length)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        var read = await _socket.ReceiveAsync(_buffer.AsMemory(_end), SocketFlags.None);
        if (read == 0)
        {
            throw new IOException("The server closed the connection.");
        }

        _end += read;
    }

    private int IndexOf(ReadOnlySpan<byte> value)
    {
        var at = _buffer.AsSpan(_start, _end - _start).IndexOf(value);
        return at < 0 ? -1 : _start + at;
    }

    private static string? Header(string head, string name)
    {
        foreach (var line in head.Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line.AsSpan(0, colon).Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return line[(colon + 1)..].Trim();
            }
        }

        return null;
    }

    public void Dispose() => _socket.Dispose();
}
