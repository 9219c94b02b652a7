using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ComplianceBot.Bot.Channel.Authentication;

/// <summary>
/// Checks the bearer token of an inbound activity (Bot Framework "Bot Connector to bot"
/// authentication, decisions 020 and 112) in two steps. <see cref="ValidateTokenAsync"/> needs the
/// Authorization header alone, so a forged or slow caller is refused before it takes a turn slot or
/// its body is read: signature by a key named by kid and published by the token's own issuer, RS256
/// only, audience = app id, lifetime required with skew, never a user's delegated token (<c>scp</c>),
/// and for an issuer other than Bot Framework's a named caller of the bot's tenant.
/// <see cref="CheckBinding"/> then ties the token to the activity: a Bot Framework key endorsed for
/// the activity's channel, and the <c>serviceurl</c> claim equal to the activity's serviceUrl.
/// </summary>
internal sealed class ChannelAuthenticator(SigningKeyRing keyRing, IOptions<TeamsOptions> options, ILogger<ChannelAuthenticator> logger)
{
    private const string BearerPrefix = "Bearer ";
    private const string ServiceUrlClaim = "serviceurl";

    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    // One set of parameters per issuer's key set, made again only when the metadata brings new keys: the
    // handler only reads them, and making them for every request was ~2 % of what the bot allocated under load.
    private readonly ConditionalWeakTable<IssuerKeys, TokenValidationParameters> parameters = [];

    /// <summary>The first step, from the Authorization header alone.</summary>
    public async Task<TokenCheck> ValidateTokenAsync(string? authorization, CancellationToken cancellationToken)
    {
        var check = await CheckTokenAsync(authorization, cancellationToken);
        if (!check.Outcome.Succeeded)
        {
            ChannelLog.ActivityRejected(logger, check.Outcome.Reason);
        }

        return check;
    }

    /// <summary>The second step, once the activity is read: is this token the channel's for this activity?</summary>
    public AuthenticationOutcome CheckBinding(ChannelToken token, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(activity);
        var outcome = Bind(token, activity);
        if (!outcome.Succeeded)
        {
            ChannelLog.ActivityRejected(logger, outcome.Reason);
        }

        return outcome;
    }

    private async Task<TokenCheck> CheckTokenAsync(string? authorization, CancellationToken cancellationToken)
    {
        if (authorization is null || !authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return TokenCheck.Refused(AuthenticationOutcome.Unauthorized("no bearer token"));
        }

        var token = authorization[BearerPrefix.Length..].Trim();
        if (token.Length == 0 || token.Length > handler.MaximumTokenSizeInBytes)
        {
            return TokenCheck.Refused(AuthenticationOutcome.Unauthorized("empty or oversized bearer token"));
        }

        // Parsed once; its issuer, read unverified, only chooses whose keys may verify the signature.
        var (parsed, issuer) = Read(token);
        var keys = issuer is null ? null : await keyRing.GetKeysAsync(issuer, cancellationToken);
        if (keys is null)
        {
            return TokenCheck.Refused(AuthenticationOutcome.Unauthorized("issuer not trusted"));
        }

        TokenValidationResult result;
        try
        {
            result = await handler.ValidateTokenAsync(parsed!, ParametersFor(keys));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The handler reports failures in its result; anything thrown is still a refusal, never a 500.
            return TokenCheck.Refused(AuthenticationOutcome.Unauthorized(exception.GetType().Name));
        }

        if (!result.IsValid)
        {
            if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
            {
                keyRing.RequestRefresh();
            }

            return TokenCheck.Refused(AuthenticationOutcome.Unauthorized(result.Exception?.GetType().Name ?? "invalid token"));
        }

        var validated = (JsonWebToken)result.SecurityToken;
        var signingKey = keys.Keys.FirstOrDefault(key => ReferenceEquals(key.Key, validated.SigningKey));
        if (signingKey is null)
        {
            return TokenCheck.Refused(AuthenticationOutcome.Unauthorized("signing key not resolved"));
        }

        var refusal = ChannelCallerRules.Refusal(validated, keys, options.Value);
        return refusal is null
            ? new TokenCheck(AuthenticationOutcome.Success, new ChannelToken(validated, signingKey, keys.IsBotFramework))
            : TokenCheck.Refused(AuthenticationOutcome.Unauthorized(refusal));
    }

    /// <summary>The parsed token and its claimed issuer; (null, null) for anything that is not a JWT with a string iss.</summary>
    private static (JsonWebToken? Token, string? Issuer) Read(string token)
    {
        try
        {
            var parsed = new JsonWebToken(token);
            return (parsed, parsed.Issuer);
        }
        catch (Exception exception) when (exception is ArgumentException or SecurityTokenMalformedException)
        {
            return (null, null);
        }
    }

    private static AuthenticationOutcome Bind(ChannelToken token, Activity activity)
    {
        // Endorsements are checked against the channel, so an activity without one cannot be admitted.
        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return AuthenticationOutcome.Unauthorized("no channelId");
        }

        if (!ServiceUrls.IsHttpUrl(activity.ServiceUrl))
        {
            return AuthenticationOutcome.Unauthorized("no valid serviceUrl");
        }

        if (token.IsBotFramework && !token.SigningKey.IsEndorsedFor(activity.ChannelId))
        {
            return AuthenticationOutcome.Forbidden("key not endorsed for the channel");
        }

        // Every channel token is bound to the serviceUrl it was issued for, whoever issued it.
        var hasClaim = token.Token.TryGetPayloadValue<string>(ServiceUrlClaim, out var serviceUrlClaim) && !string.IsNullOrEmpty(serviceUrlClaim);
        if (!hasClaim)
        {
            return AuthenticationOutcome.Forbidden("serviceurl claim missing");
        }

        return string.Equals(ServiceUrls.Normalize(serviceUrlClaim!), ServiceUrls.Normalize(activity.ServiceUrl!), StringComparison.OrdinalIgnoreCase)
            ? AuthenticationOutcome.Success
            : AuthenticationOutcome.Forbidden("serviceurl claim mismatch");
    }

    private TokenValidationParameters ParametersFor(IssuerKeys keys) => parameters.GetValue(keys, issuerKeys => new TokenValidationParameters
    {
        ValidIssuer = issuerKeys.Issuer,
        ValidAudience = options.Value.AppId,
        IssuerSigningKeys = [.. issuerKeys.Keys.Select(key => key.Key)],
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        RequireAudience = true,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        ValidateIssuerSigningKey = true,
        ClockSkew = options.Value.ClockSkew,
    });
}

/// <summary>A token that passed the first step: who signed it, and whether it is Bot Framework's.</summary>
internal sealed record ChannelToken(JsonWebToken Token, ChannelSigningKey SigningKey, bool IsBotFramework);

/// <summary>The first step's verdict, and the token when it passed.</summary>
internal readonly record struct TokenCheck(AuthenticationOutcome Outcome, ChannelToken? Token)
{
    public static TokenCheck Refused(AuthenticationOutcome outcome) => new(outcome, null);
}
