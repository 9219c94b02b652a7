using System.Text;
using ComplianceBot.Domain.Persistence;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Audit;

/// <summary>
/// Development's head archive: one JSON line per publication, appended to a file in the data directory. It is only as
/// safe as the folder; outside Development the Azure container with a retention policy is required (decision 120).
/// </summary>
public sealed class LocalAuditHeadArchive(IOptions<RegistersOptions> registers) : IAuditHeadArchive
{
    public const string FileName = "audit-heads.log";

    private static readonly SemaphoreSlim Gate = new(1, 1);

    public string Location => Path.Combine(registers.Value.ResolveDataDirectory(), FileName);

    public async Task AppendAsync(AuditChainHead head, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(head);
        Directory.CreateDirectory(Path.GetDirectoryName(Location)!);
        await Gate.WaitAsync(cancellationToken);
        try
        {
            await using var stream = new FileStream(Location, FileMode.Append, FileAccess.Write, FileShare.Read);
            await stream.WriteAsync(Encoding.UTF8.GetBytes(head.ToJson() + "\n"), cancellationToken);
            // Stryker disable once Statement : equivalent — disposing the stream flushes it before the gate is released
            await stream.FlushAsync(cancellationToken);
        }
        finally
        {
            Gate.Release();
        }
    }

    public async Task<AuditChainHead?> ReadLatestAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Location))
        {
            return null;
        }

        var lines = await File.ReadAllLinesAsync(Location, cancellationToken);
        // Stryker disable once Equality : equivalent — an empty line does not parse as a head (Parse gives null) and OfType drops it
        return lines.Where(l => l.Length > 0).Select(AuditChainHead.Parse).OfType<AuditChainHead>().MaxBy(h => h.Sequence);
    }
}
