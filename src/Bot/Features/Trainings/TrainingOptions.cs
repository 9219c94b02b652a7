using System.ComponentModel.DataAnnotations;

namespace ComplianceBot.Bot.Features.Trainings;

/// <summary>Settings under <c>Trainings</c> (Reg. 14.7).</summary>
public sealed class TrainingOptions
{
    public const string SectionName = "Trainings";

    /// <summary>The most attendees of one session (room or meeting size); a larger audience is split.</summary>
    [Range(1, 1000, ErrorMessage = "Trainings:SessionCapacity must be between 1 and 1000.")]
    public int SessionCapacity { get; set; } = 30;

    /// <summary>The break between consecutive sessions of one training.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "Trainings:SessionGap must be between 00:00:00 and 1.00:00:00.")]
    public TimeSpan SessionGap { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often the attendees' responses are read from the calendar.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00", ErrorMessage = "Trainings:ResponsePollInterval must be between 00:00:05 and 1.00:00:00.")]
    public TimeSpan ResponsePollInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long before a session the non-responders get a reminder and the officer a summary.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "14.00:00:00", ErrorMessage = "Trainings:ReminderLead must be between 00:10:00 and 14.00:00:00.")]
    public TimeSpan ReminderLead { get; set; } = TimeSpan.FromHours(24);
}
