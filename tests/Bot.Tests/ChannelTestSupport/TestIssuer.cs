using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ComplianceBot.Bot.Tests.ChannelTestSupport;

/// <summary>
/// A local stand-in for Bot Framework's token service and for the bot's own Entra tenant: real RSA
/// keys, OpenID metadata (each document naming its issuer) and JWKS — Bot Framework's with
/// endorsements, the tenant's without — served by a fake HttpMessageHandler; mints tokens good and bad.
/// </summary>
public sealed class TestIssuer : IDisposable
{
    public const string MetadataUrl = "http://issuer.test/v1/.well-known/openidconfiguration";
    public const string JwksUrl = "http://issuer.test/v1/keys";
    public const string Issuer = "https://api.botframework.com";
    public const string AppId = "00000000-test-app0-0000-000000000001";
    public const string ServiceUrl = "https://smba.test/emea/";
    public const string TeamsKeyId = "teams-key";
    public const string WebChatKeyId = "webchat-key";
    public const string UnpublishedKeyId = "unpublished-key";

    public const string TenantId = ActivityJson.TenantId;
    public const string TenantV2MetadataUrl = "http://issuer.test/tenant-1/v2.0/.well-known/openid-configuration";
    public const string TenantV1MetadataUrl = "http://issuer.test/tenant-1/.well-known/openid-configuration";
    public const string TenantJwksUrl = "http://issuer.test/tenant-1/discovery/keys";
    public const string TenantV2Issuer = "https://login.microsoftonline.com/" + TenantId + "/v2.0";
    public const string TenantV1Issuer = "https://sts.windows.net/" + TenantId + "/";
    public const string EntraKeyId = "entra-key";

    /// <summary>A document that names Bot Framework's issuer but is not Bot Framework's, with an endorsed key.</summary>
    public const string RelayMetadataUrl = "http://issuer.test/relay/.well-known/openid-configuration";
    public const string RelayJwksUrl = "http://issuer.test/relay/keys";

    /// <summary>A metadata source that is down (503).</summary>
    public const string DeadMetadataUrl = "http://issuer.test/dead/.well-known/openid-configuration";

    /// <summary>The one caller a test host allows to post with a tenant token.</summary>
    public const string AllowedCallerAppId = "11111111-allowed-caller-000000000001";

    private readonly Dictionary<string, RSA> keys = new()
    {
        [TeamsKeyId] = RSA.Create(2048),
        [WebChatKeyId] = RSA.Create(2048),
        [UnpublishedKeyId] = RSA.Create(2048),
        [EntraKeyId] = RSA.Create(2048),
    };

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> fetches = new();

    public HttpMessageHandler CreateHandler() => new MetadataHandler(this);

    /// <summary>How often a URL was requested.</summary>
    public int Fetches(string url) => fetches.GetValueOrDefault(url);

    public string CreateToken(Action<TokenSpec>? customize = null)
    {
        var spec = new TokenSpec();
        customize?.Invoke(spec);
        if (spec.Algorithm == "none")
        {
            return Base64Url(JsonSerializer.Serialize(new { alg = "none", typ = "JWT" })) + "." + Base64Url(JsonSerializer.Serialize(Payload(spec))) + ".";
        }

        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = Payload(spec),
            SigningCredentials = Credentials(spec),
        });
    }

    public void Dispose()
    {
        foreach (var key in keys.Values)
        {
            key.Dispose();
        }
    }

    private SigningCredentials Credentials(TokenSpec spec)
    {
        var rsa = keys[spec.KeyId];
        if (spec.Algorithm == SecurityAlgorithms.HmacSha256)
        {
            // The classic confusion attack: HMAC keyed with the published RSA public key.
            var secret = new SymmetricSecurityKey(rsa.ExportSubjectPublicKeyInfo()) { KeyId = spec.KeyId };
            return new SigningCredentials(secret, SecurityAlgorithms.HmacSha256);
        }

        return new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = spec.KeyId }, spec.Algorithm);
    }

    private static Dictionary<string, object> Payload(TokenSpec spec)
    {
        var claims = new Dictionary<string, object> { ["iss"] = spec.Issuer, ["aud"] = spec.Audience };
        if (spec.Expires is { } expires)
        {
            claims["exp"] = expires.ToUnixTimeSeconds();
        }

        if (spec.NotBefore is { } notBefore)
        {
            claims["nbf"] = notBefore.ToUnixTimeSeconds();
        }

        if (spec.ServiceUrl is { } serviceUrl)
        {
            claims["serviceurl"] = serviceUrl;
        }

        foreach (var (name, value) in spec.Claims)
        {
            claims[name] = value;
        }

        return claims;
    }

    private static string Metadata(string issuer, string jwksUrl) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["issuer"] = issuer,
        ["authorization_endpoint"] = "http://issuer.test/authorize",
        ["jwks_uri"] = jwksUrl,
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
    });

    private string Jwks() => JsonSerializer.Serialize(new
    {
        keys = new[] { Jwk(TeamsKeyId, "msteams", "emulator"), Jwk(WebChatKeyId, "webchat") },
    });

    // Entra publishes its keys without endorsements.
    private string TenantJwks() => JsonSerializer.Serialize(new { keys = new[] { Jwk(EntraKeyId) } });

    private Dictionary<string, object> Jwk(string keyId, params string[] endorsements)
    {
        var parameters = keys[keyId].ExportParameters(false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = keyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements.Length > 0)
        {
            jwk["endorsements"] = endorsements;
        }

        return jwk;
    }

    private static string Base64Url(string text) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(text));

    private sealed class MetadataHandler(TestIssuer issuer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.RequestUri?.ToString() switch
            {
                MetadataUrl => Metadata(Issuer, JwksUrl),
                JwksUrl => issuer.Jwks(),
                TenantV2MetadataUrl => Metadata(TenantV2Issuer, TenantJwksUrl),
                TenantV1MetadataUrl => Metadata(TenantV1Issuer, TenantJwksUrl),
                TenantJwksUrl => issuer.TenantJwks(),
                RelayMetadataUrl => Metadata(Issuer, RelayJwksUrl),
                RelayJwksUrl => JsonSerializer.Serialize(new { keys = new[] { issuer.Jwk(EntraKeyId, "msteams") } }),
                _ => null,
            };
            var url = request.RequestUri?.ToString() ?? "";
            issuer.fetches.AddOrUpdate(url, 1, (_, count) => count + 1);
            if (url == DeadMetadataUrl)
            {
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
            }

            return Task.FromResult(body is null
                ? new HttpResponseMessage(HttpStatusCode.NotFound)
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        }
    }
}

/// <summary>What goes into a test token; the defaults make a valid one.</summary>
public sealed class TokenSpec
{
    public string Issuer { get; set; } = TestIssuer.Issuer;

    public string Audience { get; set; } = TestIssuer.AppId;

    public string? ServiceUrl { get; set; } = TestIssuer.ServiceUrl;

    public DateTimeOffset? Expires { get; set; } = DateTimeOffset.UtcNow.AddMinutes(30);

    public DateTimeOffset? NotBefore { get; set; } = DateTimeOffset.UtcNow.AddMinutes(-1);

    public string Algorithm { get; set; } = SecurityAlgorithms.RsaSha256;

    public string KeyId { get; set; } = TestIssuer.TeamsKeyId;

    /// <summary>Further claims, e.g. appid, azp, tid, scp.</summary>
    public Dictionary<string, object> Claims { get; } = [];

    /// <summary>What Entra puts in an app-only token of the tenant (v1: appid; v2: azp), signed with its key.</summary>
    public TokenSpec AsTenantAppToken(string issuer, string callerAppId, string tenantId = TestIssuer.TenantId)
    {
        Issuer = issuer;
        KeyId = TestIssuer.EntraKeyId;
        Claims["tid"] = tenantId;
        Claims[issuer == TestIssuer.TenantV1Issuer ? "appid" : "azp"] = callerAppId;
        Claims["idtyp"] = "app";
        return this;
    }
}
