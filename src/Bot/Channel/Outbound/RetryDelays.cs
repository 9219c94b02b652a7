using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace ComplianceBot.Bot.Channel.Outbound;

/// <summary>When to try a Connector call again: the answers Teams documents as transient, Retry-After first.</summary>
internal static class RetryDelays
{
    private static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(1);

    public static bool IsTransient(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests
        or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout;

    /// <summary>Retry-After when given, else exponential back-off; plus up to 20 % jitter so instances do not retry in step.</summary>
    [SuppressMessage("Security", "CA5394:Do not use insecure randomness", Justification = "Jitter, not security.")]
    public static TimeSpan For(HttpResponseMessage response, int attempt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        var retryAfter = response.Headers.RetryAfter;
        var delay = retryAfter?.Delta
            ?? (retryAfter?.Date is { } date ? date - now : BaseDelay * Math.Pow(2, attempt));
        if (delay < TimeSpan.Zero)
        {
            delay = TimeSpan.Zero;
        }

        return delay + (delay * 0.2 * Random.Shared.NextDouble()) + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 100));
    }
}
