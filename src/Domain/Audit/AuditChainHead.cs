using System.Text.Json;

namespace ComplianceBot.Domain.Audit;

/// <summary>
/// The chain's last entry as published outside the database (decision 120): whoever later deletes entries from the
/// end, or rewrites the chain, cannot make it agree with a head kept in immutable storage and in the officers' mail.
/// </summary>
public sealed record AuditChainHead(long Sequence, string Hash, string KeyId, DateTimeOffset PublishedAt)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static AuditChainHead? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<AuditChainHead>(json, Json);
        }
        // Stryker disable once Block : equivalent — an emptied catch body returns default, which is the null it returns
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>Where published heads are kept, append-only: a blob container with a retention policy, or a local file in development.</summary>
public interface IAuditHeadArchive
{
    /// <summary>A human-readable name of the place, for the CLI's output and the officers' mail.</summary>
    string Location { get; }

    Task AppendAsync(AuditChainHead head, CancellationToken cancellationToken);

    /// <summary>The published head with the highest sequence, or null when none was published yet.</summary>
    Task<AuditChainHead?> ReadLatestAsync(CancellationToken cancellationToken);
}
