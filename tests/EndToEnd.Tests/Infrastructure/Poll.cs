using System.Globalization;

namespace ComplianceBot.EndToEnd.Tests.Infrastructure;

internal static class Poll
{
    /// <summary>Waits until <paramref name="ready"/> holds, failing early when the process died.</summary>
    public static async Task UntilAsync(string what, Func<Task<bool>> ready, ChildProcess process, TimeSpan timeout, Func<string>? lastObservation = null)
    {
        string Describe() => lastObservation is null ? what : string.Format(CultureInfo.InvariantCulture, what, lastObservation());

        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Describe()}: the process exited. Its output:\n{process.ReadLog()}");
            }

            try
            {
                if (await ready())
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Too slow to answer yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{Describe()}: not ready after {timeout.TotalSeconds:0} s. Its output:\n{process.ReadLog()}");
    }
}
