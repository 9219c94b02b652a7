namespace ComplianceBot.EndToEnd.Tests.Infrastructure;

internal static class Poll
{
    /// <summary>Waits until <paramref name="ready"/> holds, failing early when the process died.</summary>
    public static async Task UntilAsync(string what, Func<Task<bool>> ready, ChildProcess process, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{what}: the process exited. Its output:\n{process.ReadLog()}");
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

        throw new TimeoutException($"{what}: not ready after {timeout.TotalSeconds:0} s. Its output:\n{process.ReadLog()}");
    }
}
