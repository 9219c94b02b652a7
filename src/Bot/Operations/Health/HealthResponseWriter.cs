using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ComplianceBot.Bot.Operations.Health;

/// <summary>
/// Writes only the overall status and each check's status. Descriptions, exceptions and data
/// are left out: the endpoints are unauthenticated and may reach the internet.
/// </summary>
internal static class HealthResponseWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new HealthBody(
            report.Status.ToString(),
            report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString(), StringComparer.Ordinal));
        return JsonSerializer.SerializeAsync(context.Response.Body, body, HealthJsonContext.Default.HealthBody, context.RequestAborted);
    }
}

internal sealed record HealthBody(string Status, IReadOnlyDictionary<string, string> Checks);
