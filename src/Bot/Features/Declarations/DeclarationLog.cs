
namespace ComplianceBot.Bot.Features.Declarations;

/// <summary>Log events of the declaration flows: numbers and counts only, never names or contents.</summary>
internal static partial class DeclarationLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "Declaration {Number} has no reviewer: no other active officer and no director configured")]
    public static partial void NoReviewer(ILogger logger, string number);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Declaration {Number} filed; review cards queued for {Reviewers} reviewer(s)")]
    public static partial void Filed(ILogger logger, string number, int reviewers);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "Declaration {Number} version {Version} recorded; {Updates} review card(s) to update")]
    public static partial void Amended(ILogger logger, string number, int version, int updates);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Information, Message = "Declaration {Number} decided; {Updates} review card(s) to update")]
    public static partial void Decided(ILogger logger, string number, int updates);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Information, Message = "Declaration action refused by rule {Rule}")]
    public static partial void Refused(ILogger logger, string rule);
}
