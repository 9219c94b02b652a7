using ComplianceBot.Bot.Operations.Telemetry;
using ComplianceBot.Graph;

namespace ComplianceBot.Bot.Delivery.Graph;

/// <summary>Turns a Graph failure into the outbox's outcome: transient → retry after Retry-After, else fail.</summary>
internal static class GraphOutcomes
{
    public static async Task<DeliveryOutcome> RunAsync(
        string operation, ComplianceBotMetrics? metrics, Func<Task<string?>> call)
    {
        try
        {
            return DeliveryOutcome.Delivered(await call());
        }
        catch (GraphDeliveryException ex)
        {
            metrics?.RecordGraphError(operation, ex.StatusCode);
            var detail = $"Graph {operation}: {ex.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no response"} {ex.ErrorCode}".TrimEnd();
            return ex.IsTransient ? DeliveryOutcome.Retry(detail, ex.RetryAfter) : DeliveryOutcome.Fail(detail);
        }
    }
}
