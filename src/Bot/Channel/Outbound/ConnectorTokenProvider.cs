using Azure.Core;

namespace ComplianceBot.Bot.Channel.Outbound;

/// <summary>
/// Client-credentials token for the Connector (scope api.botframework.com), reused until five
/// minutes before it expires; one refresh at a time however many sends are waiting.
/// </summary>
internal sealed class ConnectorTokenProvider(TokenCredential? credential, TimeProvider time) : IConnectorTokenProvider, IDisposable
{
    public const string Scope = "https://api.botframework.com/.default";

    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim refresh = new(1, 1);
    private AccessToken? cached;

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (credential is null)
        {
            return null;
        }

        if (IsFresh(cached))
        {
            return cached!.Value.Token;
        }

        await refresh.WaitAsync(cancellationToken);
        try
        {
            if (!IsFresh(cached))
            {
                cached = await credential.GetTokenAsync(new TokenRequestContext([Scope]), cancellationToken);
            }

            return cached!.Value.Token;
        }
        finally
        {
            refresh.Release();
        }
    }

    public void Dispose() => refresh.Dispose();

    private bool IsFresh(AccessToken? token) => token is { } value && value.ExpiresOn - time.GetUtcNow() > RefreshMargin;
}
