namespace ComplianceBot.Domain.Outbox;

/// <summary>Backlog figures for health checks and metrics.</summary>
public sealed record OutboxStats(int PendingCount, DateTimeOffset? OldestPendingCreatedAt);
