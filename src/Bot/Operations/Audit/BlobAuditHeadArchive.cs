using System.Globalization;
using Azure.Identity;
using Azure.Storage.Blobs;
using ComplianceBot.Domain.Audit;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Operations.Audit;

/// <summary>
/// Production's head archive (decision 120): one blob per publication in a container whose time-based retention
/// (immutability) policy, set by infra/modules/audit-storage.bicep, forbids changing or deleting a blob during the
/// retention period — even by the bot's own identity or a storage account owner once the policy is locked. Names
/// sort by sequence, so the last listed blob is the latest head.
/// </summary>
internal sealed class BlobAuditHeadArchive(IOptions<AuditOptions> options) : IAuditHeadArchive
{
    private const string Prefix = "heads/";

    private readonly Lazy<BlobContainerClient> _container = new(() =>
        new BlobContainerClient(new Uri(options.Value.HeadContainerUrl!), new DefaultAzureCredential()));

    public string Location => options.Value.HeadContainerUrl!;

    public async Task AppendAsync(AuditChainHead head, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(head);
        var name = string.Create(CultureInfo.InvariantCulture, $"{Prefix}{head.Sequence:D19}-{head.PublishedAt.UtcDateTime:yyyyMMddTHHmmssfffZ}.json");
        // overwrite: false — an existing blob is never replaced (the retention policy would refuse it anyway).
        await _container.Value.GetBlobClient(name).UploadAsync(BinaryData.FromString(head.ToJson()), overwrite: false, cancellationToken);
    }

    public async Task<AuditChainHead?> ReadLatestAsync(CancellationToken cancellationToken)
    {
        string? latest = null;
        await foreach (var blob in _container.Value.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, Prefix, cancellationToken))
        {
            if (latest is null || string.CompareOrdinal(blob.Name, latest) > 0)
            {
                latest = blob.Name;
            }
        }

        if (latest is null)
        {
            return null;
        }

        var content = await _container.Value.GetBlobClient(latest).DownloadContentAsync(cancellationToken);
        return AuditChainHead.Parse(content.Value.Content.ToString());
    }
}
