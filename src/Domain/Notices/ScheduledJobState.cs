namespace ComplianceBot.Domain.Notices;

/// <summary>
/// A periodic job's row: a lease so only one instance runs it at a time (design.md, decision 8), when it last
/// finished, and a cursor it carries between runs (the directory delta link, the last reported period).
/// </summary>
public sealed class ScheduledJobState
{
    public const int NameMaxLength = 100;
    public const int OwnerMaxLength = 200;
    public const int CursorMaxLength = 4000;

    private ScheduledJobState()
    {
        // Stryker disable once String : equivalent — EF Core's materialisation and the factory both set these before any read
        Name = string.Empty;
    }

    public string Name { get; private set; }
    public string? LeaseOwner { get; private set; }
    public DateTimeOffset? LeaseExpiresAt { get; private set; }
    public DateTimeOffset? LastCompletedAt { get; private set; }
    public string? Cursor { get; private set; }

    public static ScheduledJobState Create(string name) => new() { Name = Guard.Text(name, NameMaxLength, nameof(Name)) };
}
