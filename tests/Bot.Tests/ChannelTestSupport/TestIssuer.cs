using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ComplianceBot.Bot.Tests.ChannelTestSupport;

/// <summary>
/// A local stand-in for Bot Framework's token service: real RSA keys, OpenID metadata and a JWKS
/// with endorsements, served by a fake HttpMessageHandler; mints tokens good and bad.
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

    private readonly Dictionary<string, RSA> keys = new()
    {
        [TeamsKeyId] = RSA.Create(2048),
        [WebChatKeyId] = RSA.Create(2048),
        [UnpublishedKeyId] = RSA.Create(2048),
    };

    public HttpMessageHandler CreateHandler() => new MetadataHandler(this);

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

        return claims;
    }

    private string Metadata() => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = "http://issuer.test/v1/authorize",
        ["jwks_uri"] = JwksUrl,
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
    });

    private string Jwks() => JsonSerializer.Serialize(new
    {
        keys = new[] { Jwk(TeamsKeyId, "msteams", "emulator"), Jwk(WebChatKeyId, "webchat") },
    });

    private Dictionary<string, object> Jwk(string keyId, params string[] endorsements)
    {
        var parameters = keys[keyId].ExportParameters(false);
        return new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = keyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = endorsements,
        };
    }

    private static string Base64Url(string text) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(text));

    private sealed class MetadataHandler(TestIssuer issuer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.RequestUri?.ToString() switch
            {
                MetadataUrl => issuer.Metadata(),
                JwksUrl => issuer.Jwks(),
                _ => null,
            };
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
}
