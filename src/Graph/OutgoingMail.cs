namespace ComplianceBot.Graph;

/// <summary>A mail sent from <c>Graph:ComplianceMailbox</c>.</summary>
public sealed record OutgoingMail
{
    public required IReadOnlyList<string> To { get; init; }

    public IReadOnlyList<string> Cc { get; init; } = [];

    public required string Subject { get; init; }

    /// <summary>HTML body; the caller encodes user text.</summary>
    public required string HtmlBody { get; init; }

    /// <summary>The outbox key, carried in an X- header so a duplicate can be traced (sendMail itself is not idempotent).</summary>
    public string? IdempotencyKey { get; init; }
}
