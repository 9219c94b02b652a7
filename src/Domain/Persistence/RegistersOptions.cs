using System.ComponentModel.DataAnnotations;

namespace ComplianceBot.Domain.Persistence;

/// <summary>Settings under <c>Registers</c>. The connection string is <c>ConnectionStrings:Registers</c>.</summary>
public sealed class RegistersOptions
{
    public const string SectionName = "Registers";
    public const string ConnectionStringName = "Registers";

    public RegistersProvider Provider { get; set; } = RegistersProvider.Sqlite;

    /// <summary>Folder for the SQLite file and the development identity key; relative to the current directory.</summary>
    [Required(ErrorMessage = "Registers:DataDirectory must not be empty.")]
    public string DataDirectory { get; set; } = "App_Data";

    /// <summary>Apply migrations at start-up; null means on for SQLite, off for SQL Server.</summary>
    public bool? MigrateOnStartup { get; set; }

    /// <summary>Base64 of 32 bytes (AES-256-GCM) sealing named reporters' identities (Reg. 23.2).</summary>
    public string? IdentityEncryptionKey { get; set; }

    /// <summary>PBKDF2-SHA256 iterations for case passphrases; OWASP's 2023 figure by default.</summary>
    [Range(1, 10_000_000, ErrorMessage = "Registers:PassphraseIterations must be between 1 and 10 000 000.")]
    public int PassphraseIterations { get; set; } = 600_000;

    /// <summary>Time an officer has to acknowledge a report.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "90.00:00:00", ErrorMessage = "Registers:AcknowledgementDeadline must be between 1 hour and 90 days.")]
    public TimeSpan AcknowledgementDeadline { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Calendar months until the reporter is owed feedback (months, not a TimeSpan, because months differ in length).</summary>
    [Range(1, 24, ErrorMessage = "Registers:FeedbackDeadlineMonths must be between 1 and 24.")]
    public int FeedbackDeadlineMonths { get; set; } = 3;

    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == RegistersProvider.Sqlite;

    public string ResolveDataDirectory() => Path.GetFullPath(DataDirectory, Directory.GetCurrentDirectory());
}
