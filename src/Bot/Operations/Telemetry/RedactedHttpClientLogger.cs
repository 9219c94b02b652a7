using Microsoft.Extensions.Http.Logging;

namespace ComplianceBot.Bot.Operations.Telemetry;

/// <summary>
/// Replaces IHttpClientFactory's request logs, which print the whole URL: a Bot Connector URL names the conversation
/// (and so the person) a message went to, a Graph URL the user (Reg. 23.2, decision 117). This one logs the method,
/// the host, the path with its ids replaced (<see cref="TelemetryRedaction.RedactUrl"/>), the status and the time.
/// </summary>
internal sealed partial class RedactedHttpClientLogger(ILogger<RedactedHttpClientLogger> logger) : IHttpClientLogger
{
    public object? LogRequestStart(HttpRequestMessage request) => null;

    public void LogRequestStop(object? context, HttpRequestMessage request, HttpResponseMessage response, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        if (!logger.IsEnabled(LogLevel.Debug))
        {
            return;
        }

        var path = Path(request);
        Completed(logger, request.Method.Method, request.RequestUri?.Host, path, (int)response.StatusCode, elapsed.TotalMilliseconds);
    }

    public void LogRequestFailed(object? context, HttpRequestMessage request, HttpResponseMessage? response, Exception exception, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(exception);
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        var path = Path(request);
        var error = exception.GetType().Name;
        Failed(logger, request.Method.Method, request.RequestUri?.Host, path, error, elapsed.TotalMilliseconds);
    }

    private static string Path(HttpRequestMessage request) =>
        request.RequestUri is { } uri ? TelemetryRedaction.RedactUrl(uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString) : "";

    [LoggerMessage(EventId = 9101, Level = LogLevel.Debug, Message = "HTTP {Method} {Host}{Path} answered {Status} in {ElapsedMs} ms")]
    private static partial void Completed(ILogger logger, string method, string? host, string path, int status, double elapsedMs);

    [LoggerMessage(EventId = 9102, Level = LogLevel.Information, Message = "HTTP {Method} {Host}{Path} failed ({Error}) after {ElapsedMs} ms")]
    private static partial void Failed(ILogger logger, string method, string? host, string path, string error, double elapsedMs);
}
