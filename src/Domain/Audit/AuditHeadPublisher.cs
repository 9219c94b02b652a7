using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Audit;

/// <summary>The payload of an audit alert: what the verifier found, never any register content.</summary>
public sealed record AuditAlert(string Finding, long? Sequence, string? Table, string? RowKey, string Problem, DateTimeOffset At)
{
    public static AuditAlert From(AuditVerificationResult result, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(result.Finding.ToString(), result.FirstBrokenSequence, result.Table, result.RowKey, result.Problem ?? string.Empty, at);
    }
}

/// <summary>
/// Publishes the chain head outside the database (decision 120): appended to the head archive (immutable blob container,
/// or a local file in development) and mailed to every active officer through the outbox, so deleting the end of
/// the chain or rewriting it shows against a copy no database writer can reach.
/// </summary>
public sealed class AuditHeadPublisher(RegistersDbContext db, IAuditHeadArchive archive, OfficerRoster roster, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The head published, or null when the chain is still empty.</summary>
    public async Task<AuditChainHead?> PublishAsync(CancellationToken cancellationToken)
    {
        var tail = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash, e.KeyId }).FirstOrDefaultAsync(cancellationToken);
        if (tail is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var head = new AuditChainHead(tail.Sequence, tail.Hash, tail.KeyId, now);
        // The archive first: a head that was mailed but not archived would be the weaker copy.
        await archive.AppendAsync(head, cancellationToken);
        // Heads are archived every interval (hourly by default), but mailed once a day: the first head of the day
        // goes to the officers' mailboxes, the immutable archive holds every one.
        var day = now.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        await MailOfficersAsync(OutboxKinds.AuditHeadMail, head.ToJson(), $"audit-head:{day}", now, cancellationToken);
        return head;
    }

    /// <summary>Queues an alert mail to every active officer; one per finding and day.</summary>
    public async Task AlertAsync(AuditVerificationResult result, CancellationToken cancellationToken)
    {
        // Stryker disable once Statement : equivalent — AuditAlert.From throws the same ArgumentNullException(result) before anything is written
        ArgumentNullException.ThrowIfNull(result);
        var now = time.GetUtcNow();
        var alert = AuditAlert.From(result, now);
        var key = $"audit-alert:{now:yyyyMMdd}:{result.Finding}:{result.FirstBrokenSequence}:{result.Table}:{result.RowKey}";
        await MailOfficersAsync(OutboxKinds.AuditAlertMail, JsonSerializer.Serialize(alert, Json), key, now, cancellationToken);
    }

    private async Task MailOfficersAsync(string kind, string payload, string keyPrefix, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var officers = (await roster.GetActiveAsync(now, cancellationToken)).Select(a => a.OfficerAadObjectId).Distinct(StringComparer.Ordinal).ToList();
        var keys = officers.ToDictionary(officer => officer, officer => FitKey($"{keyPrefix}:{officer}"), StringComparer.Ordinal);
        var wanted = keys.Values.ToList();
        var known = await db.OutboxMessages.AsNoTracking().Where(m => m.Kind == kind && wanted.Contains(m.IdempotencyKey))
            .Select(m => m.IdempotencyKey).ToListAsync(cancellationToken);
        foreach (var officer in officers.Where(o => !known.Contains(keys[o])))
        {
            db.OutboxMessages.Add(OutboxMessage.Create(kind, officer, payload, keys[officer], now));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The key as is when it fits its column; otherwise its start and a digest of the whole key (same length as the
    /// column). An alert is never dropped for the length of a row key (invariant 4), and the same alert keeps one key.
    /// </summary>
    internal static string FitKey(string key)
    {
        const int digestLength = 64;
        var max = OutboxMessage.IdempotencyKeyMaxLength;
        return key.Length <= max ? key
            : key[..(max - digestLength - 1)] + "~" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }
}
