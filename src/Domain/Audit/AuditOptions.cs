using System.ComponentModel.DataAnnotations;

namespace ComplianceBot.Domain.Audit;

/// <summary>Settings under <c>Audit</c>: the chain's key (outside the database), publication and verification (decision 120).</summary>
public sealed class AuditOptions
{
    public const string SectionName = "Audit";

    /// <summary>Base64 of 32 random bytes: the HMAC-SHA256 key of the chain. Empty → a development key file (Development only).</summary>
    public string? ChainKey { get; set; }

    /// <summary>Written into every entry, so a rotated key's entries still verify with <see cref="RetiredChainKeys"/>.</summary>
    [RegularExpression("^[A-Za-z0-9._-]{1,20}$", ErrorMessage = "Audit:ChainKeyId must be 1 to 20 letters, digits, '.', '_' or '-'.")]
    public string ChainKeyId { get; set; } = "1";

    /// <summary>Former keys by id (base64), kept only to verify the entries written under them.</summary>
    public Dictionary<string, string> RetiredChainKeys { get; set; } = [];

    /// <summary>
    /// How often the chain head is archived (the officers get it by mail once a day). A writer who deletes the chain's
    /// end and rolls back a register counter is caught only if a head was published before the deletion: hourly by
    /// default, so that window is short (decision 120, changed after review).
    /// </summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00", ErrorMessage = "Audit:PublishInterval must be between 5 minutes and 7 days.")]
    public TimeSpan PublishInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the chain and the register rows are verified against the published head.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00", ErrorMessage = "Audit:VerifyInterval must be between 5 minutes and 7 days.")]
    public TimeSpan VerifyInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// The Azure blob container (with a time-based retention policy) that keeps published heads. Empty → the
    /// append-only file <see cref="LocalAuditHeadArchive.FileName"/> in the data directory (Development only).
    /// </summary>
    public string? HeadContainerUrl { get; set; }
}
