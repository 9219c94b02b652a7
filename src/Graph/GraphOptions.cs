using System.ComponentModel.DataAnnotations;

namespace ComplianceBot.Graph;

/// <summary>Settings under <c>Graph:*</c>. Cross-field rules live in <see cref="GraphOptionsValidator"/>.</summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";
    public const string DefaultBaseUrl = "https://graph.microsoft.com/v1.0";

    /// <summary>Local or Graph; when unset, Graph if a credential is configured, else Local.</summary>
    public GraphMode? Mode { get; set; }

    public string BaseUrl { get; set; } = DefaultBaseUrl;
    public string? TenantId { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    public string? CertificatePath { get; set; }
    public string? CertificatePassword { get; set; }
    public bool UseManagedIdentity { get; set; }
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>The mailbox that organises training events and sends notices (Reg. 14.7, 23.3).</summary>
    public string? ComplianceMailbox { get; set; }

    public string LocalMailboxPath { get; set; } = "App_Data/mailbox";
    public string? LocalDirectoryFile { get; set; }

    /// <summary>Exchange Online allows 4 concurrent requests per app per mailbox.</summary>
    [Range(1, 4, ErrorMessage = "Graph:MaxConcurrentRequestsPerMailbox must be between 1 and 4 (Exchange allows 4 per mailbox).")]
    public int MaxConcurrentRequestsPerMailbox { get; set; } = 4;

    /// <summary>JSON $batch accepts at most 20 requests.</summary>
    [Range(1, 20, ErrorMessage = "Graph:BatchSize must be between 1 and 20 (the $batch limit).")]
    public int BatchSize { get; set; } = 20;

    /// <summary>In-process retries of 429/503/504 by the SDK's RetryHandler before the outbox takes over.</summary>
    [Range(0, 10, ErrorMessage = "Graph:MaxRetries must be between 0 and 10.")]
    public int MaxRetries { get; set; } = 3;

    /// <summary>Back-off base when the server sends no Retry-After (whole seconds, at most 180).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:03:00", ErrorMessage = "Graph:RetryDelay must be between 00:00:00 and 00:03:00.")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Longest total in-process wait; beyond it the call fails as transient and the outbox retries later.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00", ErrorMessage = "Graph:RetriesTimeLimit must be between 00:00:00 and 00:30:00.")]
    public TimeSpan RetriesTimeLimit { get; set; } = TimeSpan.FromSeconds(60);

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Graph:RequestTimeout must be between 00:00:01 and 00:10:00.")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>The mode in force after defaults are applied.</summary>
    public GraphMode EffectiveMode => Mode ?? (HasCredential ? GraphMode.Graph : GraphMode.Local);

    /// <summary>True when the development mailbox folder is in use; start-up outside Development refuses it.</summary>
    public bool UsesLocalMailbox => EffectiveMode == GraphMode.Local;

    internal bool HasCredential =>
        UseManagedIdentity || !string.IsNullOrWhiteSpace(ClientSecret) || !string.IsNullOrWhiteSpace(CertificatePath);

    /// <summary>The organiser address used when none is configured in Local mode (.invalid never resolves).</summary>
    internal string OrganizerMailbox => string.IsNullOrWhiteSpace(ComplianceMailbox) ? "compliance@localhost.invalid" : ComplianceMailbox;
}
