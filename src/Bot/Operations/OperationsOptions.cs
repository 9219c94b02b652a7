using System.ComponentModel.DataAnnotations;

namespace ComplianceBot.Bot.Operations;

/// <summary>Settings under "Operations".</summary>
internal sealed class OperationsOptions
{
    public const string Section = "Operations";

    /// <summary>How old the oldest undelivered outbox message may be before readiness fails.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan OutboxStuckAfter { get; set; } = TimeSpan.FromMinutes(15);
}
