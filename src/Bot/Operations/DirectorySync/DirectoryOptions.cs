using System.ComponentModel.DataAnnotations;

namespace ComplianceBot.Bot.Operations.DirectorySync;

/// <summary>Settings under <c>Directory</c>.</summary>
public sealed class DirectoryOptions
{
    public const string SectionName = "Directory";

    /// <summary>How often the Employee register is refreshed from the directory (users delta query).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "Directory:SyncInterval must be between 00:01:00 and 7.00:00:00.")]
    public TimeSpan SyncInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>The tenant id stored on employees first seen through the directory.</summary>
    public string? TenantId { get; set; }
}
