namespace ComplianceBot.Bot.Features.Administration;

/// <summary>Log events of the registers and exports: counts only, never names or contents.</summary>
internal static partial class AdministrationLog
{
    [LoggerMessage(EventId = 7006, Level = LogLevel.Information, Message = "Register export {Register} with {Rows} row(s) prepared")]
    public static partial void Exported(ILogger logger, RegisterType? register, int rows);
}
