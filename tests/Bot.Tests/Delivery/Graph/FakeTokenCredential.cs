using Azure.Core;

namespace ComplianceBot.Bot.Tests.Delivery.Graph;

/// <summary>Hands out a fixed token, counting the scopes asked for; no identity platform involved.</summary>
public sealed class FakeTokenCredential : TokenCredential
{
    public const string Token = "fake-graph-token";

    public List<string> RequestedScopes { get; } = [];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        lock (RequestedScopes)
        {
            RequestedScopes.AddRange(requestContext.Scopes);
        }

        return new AccessToken(Token, DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
