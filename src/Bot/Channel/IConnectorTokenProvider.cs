namespace ComplianceBot.Bot.Channel;

/// <summary>The bearer token for Bot Connector calls; null when none is sent (unauthenticated development).</summary>
public interface IConnectorTokenProvider
{
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}
