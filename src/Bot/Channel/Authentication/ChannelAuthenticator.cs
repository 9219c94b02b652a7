using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ComplianceBot.Bot.Channel.Authentication;

/// <summary>
/// Checks the bearer token of an inbound activity (Bot Framework "Bot Connector to bot"
/// authentication): signature by a metadata key named by kid, RS256 only, issuer, audience = app id,
/// lifetime required with skew, key endorsed for the activity's channel, serviceurl claim = activity
/// serviceUrl. Stricter than the SDKs: an empty channelId, another algorithm or no expiry is refused.
/// </summary>
internal sealed class ChannelAuthenticator(SigningKeyRing keyRing, IOptions<TeamsOptions> options, ILogger<ChannelAuthenticator> logger)
{
    private const string BearerPrefix = "Bearer ";
    private const string ServiceUrlClaim = "serviceurl";

    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };
    private Validation? validation;

    public async Task<AuthenticationOutcome> AuthenticateAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        var outcome = await CheckAsync(authorization, activity, cancellationToken);
        if (!outcome.Succeeded)
        {
            ChannelLog.ActivityRejected(logger, outcome.Reason);
        }

        return outcome;
    }

    private async Task<AuthenticationOutcome> CheckAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        if (authorization is null || !authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Unauthorized("no bearer token");
        }

        // Endorsements are checked against the channel, so an activity without one cannot be admitted.
        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return AuthenticationOutcome.Unauthorized("no channelId");
        }

        if (!ServiceUrls.IsHttpUrl(activity.ServiceUrl))
        {
            return AuthenticationOutcome.Unauthorized("no valid serviceUrl");
        }

        var token = authorization[BearerPrefix.Length..].Trim();
        if (token.Length == 0)
        {
            return AuthenticationOutcome.Unauthorized("empty bearer token");
        }

        var keys = await keyRing.GetKeysAsync(cancellationToken);
        TokenValidationResult result;
        try
        {
            result = await handler.ValidateTokenAsync(token, Parameters(keys));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The handler reports failures in its result; anything thrown is still a refusal, never a 500.
            return AuthenticationOutcome.Unauthorized(exception.GetType().Name);
        }

        if (!result.IsValid)
        {
            if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
            {
                keyRing.RequestRefresh();
            }

            return AuthenticationOutcome.Unauthorized(result.Exception?.GetType().Name ?? "invalid token");
        }

        return CheckChannelBinding((JsonWebToken)result.SecurityToken, keys, activity);
    }

    private static AuthenticationOutcome CheckChannelBinding(JsonWebToken token, IReadOnlyList<ChannelSigningKey> keys, Activity activity)
    {
        var signingKey = keys.FirstOrDefault(key => ReferenceEquals(key.Key, token.SigningKey));
        if (signingKey is null)
        {
            return AuthenticationOutcome.Unauthorized("signing key not resolved");
        }

        if (!signingKey.IsEndorsedFor(activity.ChannelId!))
        {
            return AuthenticationOutcome.Forbidden("key not endorsed for the channel");
        }

        var hasClaim = token.TryGetPayloadValue<string>(ServiceUrlClaim, out var serviceUrlClaim) && !string.IsNullOrEmpty(serviceUrlClaim);
        if (!hasClaim)
        {
            // Bot Framework always binds its tokens to a serviceUrl; Entra-issued tokens may not.
            return token.Issuer == TeamsOptions.BotFrameworkIssuer
                ? AuthenticationOutcome.Forbidden("serviceurl claim missing")
                : AuthenticationOutcome.Success;
        }

        return string.Equals(ServiceUrls.Normalize(serviceUrlClaim!), ServiceUrls.Normalize(activity.ServiceUrl!), StringComparison.OrdinalIgnoreCase)
            ? AuthenticationOutcome.Success
            : AuthenticationOutcome.Forbidden("serviceurl claim mismatch");
    }

    // One set of parameters per key set, made again only when the metadata brings new keys: the handler
    // only reads them, and making them for every request was ~2 % of everything the bot allocated under load.
    private TokenValidationParameters Parameters(IReadOnlyList<ChannelSigningKey> keys)
    {
        if (validation is { } current && ReferenceEquals(current.Keys, keys))
        {
            return current.Parameters;
        }

        var settings = options.Value;
        var parameters = new TokenValidationParameters
        {
            ValidIssuers = settings.EffectiveIssuers(),
            ValidAudience = settings.AppId,
            IssuerSigningKeys = [.. keys.Select(key => key.Key)],
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            RequireAudience = true,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            ClockSkew = settings.ClockSkew,
        };
        validation = new Validation(keys, parameters);
        return parameters;
    }

    private sealed record Validation(IReadOnlyList<ChannelSigningKey> Keys, TokenValidationParameters Parameters);
}
