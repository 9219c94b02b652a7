
namespace ComplianceBot.Bot.Features.Attestation;

/// <summary>Attestation events; ids only, never names (style.md).</summary>
internal static partial class AttestationLog
{
    [LoggerMessage(EventId = 8001, Level = LogLevel.Information, Message = "Attestation campaign {CampaignId} for {Year} started with {Count} participants")]
    public static partial void Started(ILogger logger, Guid campaignId, int year, int count);

    [LoggerMessage(EventId = 8002, Level = LogLevel.Information, Message = "Attestation campaign {CampaignId}: {Count} reminders queued")]
    public static partial void RemindersQueued(ILogger logger, Guid campaignId, int count);

    [LoggerMessage(EventId = 8003, Level = LogLevel.Information, Message = "Attestation campaign {CampaignId}: another instance queued these reminders first")]
    public static partial void RemindersRaced(ILogger logger, Guid campaignId);

    [LoggerMessage(EventId = 8005, Level = LogLevel.Information, Message = "Attestation campaign {CampaignId}: {Count} declarations recorded")]
    public static partial void DeclarationsRecorded(ILogger logger, Guid campaignId, int count);
}
