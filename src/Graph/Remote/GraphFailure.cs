using System.Globalization;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace ComplianceBot.Graph.Remote;

/// <summary>
/// Turns what the SDK throws into <see cref="GraphDeliveryException"/>, transient or permanent, so the outbox
/// knows whether to try again. Nothing of the request (addresses, subjects) goes into the message.
/// </summary>
internal static class GraphFailure
{
    public static async Task<T> RunAsync<T>(ILogger logger, string operation, Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call();
        }
        catch (Exception exception) when (Translate(operation, exception, cancellationToken) is { } translated)
        {
            GraphLog.CallFailed(logger, operation, translated.StatusCode, translated.IsTransient, translated.ErrorCode);
            throw translated;
        }
    }

    internal static GraphDeliveryException? Translate(string operation, Exception exception, CancellationToken cancellationToken) =>
        exception switch
        {
            GraphDeliveryException => null,
            ApiException api => FromStatus(operation, api.ResponseStatusCode, api.ResponseHeaders, (api as ODataError)?.Error?.Code, api),

            // The SDK's RetryHandler throws this when it ran out of retries; the last inner exception is the last response.
            AggregateException { InnerExceptions: [.., ApiException last] } aggregate =>
                FromStatus(operation, last.ResponseStatusCode, last.ResponseHeaders, null, aggregate, forceTransient: true),
            HttpRequestException http => new($"Graph {operation} could not reach the service.", true, (int?)http.StatusCode, null, "network", http),
            OperationCanceledException when !cancellationToken.IsCancellationRequested =>
                new($"Graph {operation} timed out.", true, null, null, "timeout", exception),
            CredentialUnavailableException => new($"Graph {operation}: the configured credential is unavailable.", false, null, null, "credential_unavailable", exception),

            // Token endpoint failures are usually outages; a wrong secret also lands here and exhausts the outbox's attempts.
            AuthenticationFailedException => new($"Graph {operation}: token acquisition failed.", true, null, null, "authentication_failed", exception),
            _ => null,
        };

    private static GraphDeliveryException FromStatus(
        string operation,
        int status,
        IDictionary<string, IEnumerable<string>> headers,
        string? errorCode,
        Exception inner,
        bool forceTransient = false)
    {
        var transient = forceTransient || IsTransient(status);
        var kind = transient ? "transient" : "permanent";
        return new GraphDeliveryException(
            $"Graph {operation} failed with HTTP {status} ({kind}{(errorCode is null ? string.Empty : ", " + errorCode)}).",
            transient,
            status,
            RetryAfterOf(headers),
            errorCode,
            inner);
    }

    /// <summary>Throttling, outages and timeouts pass; 401 is included because an expiring token is retried with a new one.</summary>
    internal static bool IsTransient(int status) => status is 401 or 408 or 429 or 500 or 502 or 503 or 504;

    internal static TimeSpan? RetryAfterOf(IDictionary<string, IEnumerable<string>>? headers)
    {
        var value = headers?.FirstOrDefault(h => h.Key.Equals("Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        return ParseRetryAfter(value, DateTimeOffset.UtcNow);
    }

    internal static TimeSpan? ParseRetryAfter(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? (date > now ? date - now : TimeSpan.Zero)
            : null;
    }
}
