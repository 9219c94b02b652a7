using ComplianceBot.Domain.Reports;

namespace ComplianceBot.Bot.Features.Reports;

/// <summary>Log messages of the confidential channel (event ids 9000–9099): categories and counts, never ids, names or text (Reg. 23.2).</summary>
internal static partial class ReportsLog
{
    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "A {Category} report was filed (anonymous: {Anonymous})")]
    public static partial void ReportFiled(ILogger logger, ReportCategory category, bool anonymous);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Information, Message = "Officer action {Verb} refused by rule {Rule}")]
    public static partial void OfficerActionRefused(ILogger logger, string verb, string rule);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Information, Message = "Queued {Count} deadline reminders")]
    public static partial void RemindersQueued(ILogger logger, int count);

    [LoggerMessage(EventId = 9005, Level = LogLevel.Warning, Message = "A report receipt could not be deleted from the chat; its card was replaced")]
    public static partial void ReceiptNotDeleted(ILogger logger);
}
