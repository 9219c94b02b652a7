using System.Globalization;

namespace ComplianceBot.Bench.Pacer;

/// <summary>The same message activity as bench/message.lua: unique ids, 10,000 conversations in turn.</summary>
internal static class Activities
{
    private static readonly string ServiceUrl = Environment.GetEnvironmentVariable("BENCH_SERVICE_URL") ?? "";

    public static string Message(string runId, long index)
    {
        var n = (index % 10000).ToString(CultureInfo.InvariantCulture);
        var padded = (index % 10000).ToString("D12", CultureInfo.InvariantCulture);
        return "{\"type\":\"message\",\"id\":\"pace-" + runId + "-" + index.ToString(CultureInfo.InvariantCulture)
            + "\",\"timestamp\":\"2026-11-25T10:00:00.000Z\",\"serviceUrl\":\"" + ServiceUrl + "\",\"channelId\":\"msteams\","
            + "\"from\":{\"id\":\"29:bench-user-" + n + "\",\"aadObjectId\":\"00000000-0000-0000-0000-" + padded + "\"},"
            + "\"conversation\":{\"id\":\"a:bench-conv-" + n + "\",\"conversationType\":\"personal\",\"tenantId\":\"bench-tenant\"},"
            + "\"recipient\":{\"id\":\"28:bench-app\"},\"text\":\"menu\",\"locale\":\"en-US\",\"channelData\":{\"tenant\":{\"id\":\"bench-tenant\"}}}";
    }
}
