using System.ComponentModel.DataAnnotations;

namespace ComplianceBot.Bot.Features.Reports;

/// <summary>Settings under <c>Reports:Reminders</c>: how often deadlines are checked and how early reminders go.</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reports:Reminders";

    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00", ErrorMessage = "Reports:Reminders:Interval must be between 5 seconds and 1 day.")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Days before the 7-day acknowledgement deadline (Reg. 22.3) that officers are reminded.</summary>
    [Range(0, 30, ErrorMessage = "Reports:Reminders:AcknowledgementDaysBefore must be between 0 and 30.")]
    public int AcknowledgementDaysBefore { get; set; } = 2;

    /// <summary>Days before the 3-month feedback deadline that the assigned officer is reminded.</summary>
    [Range(0, 60, ErrorMessage = "Reports:Reminders:FeedbackDaysBefore must be between 0 and 60.")]
    public int FeedbackDaysBefore { get; set; } = 14;

    /// <summary>Days before an explanation's deadline (Reg. 22.4) that the employee is reminded.</summary>
    [Range(0, 30, ErrorMessage = "Reports:Reminders:ExplanationDaysBefore must be between 0 and 30.")]
    public int ExplanationDaysBefore { get; set; } = 1;
}
