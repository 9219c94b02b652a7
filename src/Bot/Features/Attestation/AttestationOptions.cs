using System.ComponentModel.DataAnnotations;

namespace ComplianceBot.Bot.Features.Attestation;

/// <summary>Reminders of the annual attestation (section <c>Attestation</c>).</summary>
public sealed class AttestationOptions
{
    public const string SectionName = "Attestation";

    /// <summary>How long after the card (or the last reminder) a non-responder is reminded.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "90.00:00:00")]
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromDays(7);

    [Range(0, 20)]
    public int MaxReminders { get; set; } = 3;

    /// <summary>How often each instance looks for due reminders.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")]
    public TimeSpan ReminderCheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Reminders queued per transaction: a conflict with another instance loses at most one batch's work.</summary>
    [Range(1, 5000)]
    public int ReminderBatchSize { get; set; } = 500;

    /// <summary>Off only in tests that drive <see cref="AttestationReminders.RunOnceAsync"/> themselves.</summary>
    public bool RemindersEnabled { get; set; } = true;
}
