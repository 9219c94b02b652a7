using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ComplianceBot.Bench.Pacer;

internal sealed record PacedResult(int Rate, long Sent, long Errors, double P50Ms, double P99Ms, double MaxMs, double SendLagP99Ms, int Connections)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"rate={Rate} sent={Sent} errors={Errors} p50_ms={P50Ms:F2} p99_ms={P99Ms:F2} max_ms={MaxMs:F2} send_lag_p99_ms={SendLagP99Ms:F2} connections_opened={Connections}");
}

/// <summary>
/// Open-loop load at a fixed rate over plain HTTP/1.1 keep-alive sockets (what wrk2 does). One
/// thread sends each request at its due time — sleeping with nanosleep, so pacing is not at the
/// mercy of a 1 ms timer and the thread pool — on an idle connection, opening one when none is
/// idle; the responses are read asynchronously. Latency is measured from when a request was due,
/// not when it was sent, so a stalled server cannot hide its queueing (coordinated omission); the
/// tool's own lateness is reported as send_lag so it can be told apart.
/// </summary>
internal static class PacedRun
{
    /// <summary>Open connections at most, as the HttpClient version allowed (MaxConnectionsPerServer).</summary>
    private const int MaxConnections = 256;

    /// <summary>A few seconds at the rate first, unmeasured, so the tool's own JIT does not count against the server.</summary>
    public static PacedResult Run(Uri url, int rate, int seconds, string token)
    {
        NativeSleep.RaiseThisThread();
        var idle = new ConcurrentBag<HttpConnection>();
        var all = new ConcurrentBag<HttpConnection>();
        try
        {
            // The warm-up also opens the connections the rate needs, so the measured run does not pay for connects.
            RunOnce(url, rate, 3, token, idle, all);
            return RunOnce(url, rate, seconds, token, idle, all);
        }
        finally
        {
            foreach (var connection in all)
            {
                connection.Dispose();
            }
        }
    }

    private static PacedResult RunOnce(Uri url, int rate, int seconds, string token, ConcurrentBag<HttpConnection> idle, ConcurrentBag<HttpConnection> all)
    {
        var total = (long)rate * seconds;
        var latencies = new double[total];
        var sendLags = new double[total];
        var runId = Guid.NewGuid().ToString("N")[..8];
        var opened = 0;
        var errors = 0L;
        using var pending = new CountdownEvent(1);
        var ticksPerRequest = (double)Stopwatch.Frequency / rate;
        var start = Stopwatch.GetTimestamp();

        for (long i = 0; i < total; i++)
        {
            var due = start + (long)(i * ticksPerRequest);
            WaitUntil(due);
            sendLags[i] = Elapsed(due, Stopwatch.GetTimestamp());
            HttpConnection? connection;
            while (!idle.TryTake(out connection) && all.Count >= MaxConnections)
            {
                // As many connections as a Connector would hold open at most; past that, requests wait
                // here and the wait counts in their latency (it is measured from the due time).
                NativeSleep.For(TimeSpan.FromMilliseconds(0.05));
            }

            if (connection is null)
            {
                connection = HttpConnection.Open(url);
                all.Add(connection);
                opened++;
            }

            var index = i;
            pending.AddCount();
            connection.Send(Request(url, token, Activities.Message(runId, index)));
            _ = connection.ReadResponseAsync().ContinueWith(t =>
            {
                latencies[index] = Elapsed(due, Stopwatch.GetTimestamp());
                if (t.IsCompletedSuccessfully && t.Result is >= 200 and < 300)
                {
                    idle.Add(connection);
                }
                else
                {
                    Interlocked.Increment(ref errors);
                    connection.Dispose();
                }

                pending.Signal();
            }, TaskScheduler.Default);
        }

        pending.Signal();
        pending.Wait(TimeSpan.FromSeconds(60));

        Array.Sort(latencies);
        Array.Sort(sendLags);
        return new PacedResult(rate, total, errors, Percentile(latencies, 0.50), Percentile(latencies, 0.99), latencies[^1],
            Percentile(sendLags, 0.99), opened);
    }

    private static double Elapsed(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;

    /// <summary>Sleeps until the due time (nanosleep wakes within ~0.1 ms); never spins, so the raised sender cannot starve the core.</summary>
    private static void WaitUntil(long due)
    {
        double remainingMs;
        while ((remainingMs = Elapsed(Stopwatch.GetTimestamp(), due)) > 0.02)
        {
            NativeSleep.For(TimeSpan.FromMilliseconds(remainingMs));
        }
    }

    private static byte[] Request(Uri url, string token, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = Encoding.ASCII.GetBytes(
            $"POST {url.PathAndQuery} HTTP/1.1\r\nHost: {url.Authority}\r\nContent-Type: application/json\r\n" +
            $"Authorization: Bearer {token}\r\nContent-Length: {bytes.Length}\r\n\r\n");
        return [.. head, .. bytes];
    }

    private static double Percentile(double[] sorted, double p) => sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(p * sorted.Length) - 1)];
}
