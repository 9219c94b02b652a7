using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace ComplianceBot.Bench.Pacer;

internal sealed record PacedResult(int Rate, long Sent, long Errors, double P50Ms, double P99Ms, double MaxMs)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"rate={Rate} sent={Sent} errors={Errors} p50_ms={P50Ms:F2} p99_ms={P99Ms:F2} max_ms={MaxMs:F2}");
}

internal static class PacedRun
{
    /// <summary>A few seconds at the rate first, unmeasured, so the tool's own JIT does not count against the server.</summary>
    public static async Task<PacedResult> RunAsync(Uri url, int rate, int seconds, string token)
    {
        await RunOnceAsync(url, rate, 3, token);
        return await RunOnceAsync(url, rate, seconds, token);
    }

    private static async Task<PacedResult> RunOnceAsync(Uri url, int rate, int seconds, string token)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var total = (long)rate * seconds;
        var latencies = new double[total];
        var errors = 0L;
        var runId = Guid.NewGuid().ToString("N")[..8];
        var clock = Stopwatch.StartNew();
        var inFlight = new List<Task>((int)Math.Min(total, 1_000_000));
        for (long i = 0; i < total; i++)
        {
            var dueMs = i * 1000.0 / rate;
            var waitMs = dueMs - clock.Elapsed.TotalMilliseconds;
            if (waitMs >= 1)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(waitMs));
            }

            var index = i;
            inFlight.Add(Task.Run(async () =>
            {
                using var content = new StringContent(Activities.Message(runId, index), Encoding.UTF8, "application/json");
                try
                {
                    using var response = await client.PostAsync(url, content);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }

                latencies[index] = clock.Elapsed.TotalMilliseconds - dueMs;
            }));
        }

        await Task.WhenAll(inFlight);
        Array.Sort(latencies);
        return new PacedResult(rate, total, errors, Percentile(latencies, 0.50), Percentile(latencies, 0.99), latencies[^1]);
    }

    private static double Percentile(double[] sorted, double p) => sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(p * sorted.Length) - 1)];
}
