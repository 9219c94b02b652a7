using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ComplianceBot.Bench.FakeConnector;

/// <summary>Bot Framework's token service in miniature: one RSA key endorsed for msteams.</summary>
internal sealed class BenchIssuer : IDisposable
{
    private const string KeyId = "bench-key";
    private static readonly string[] Algorithms = ["RS256"];
    private static readonly string[] Endorsements = ["msteams"];
    private readonly RSA rsa = RSA.Create(2048);

    public string Metadata(string baseUrl) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["issuer"] = "https://api.botframework.com",
        ["authorization_endpoint"] = baseUrl + "/v1/authorize",
        ["jwks_uri"] = baseUrl + "/v1/keys",
        ["id_token_signing_alg_values_supported"] = Algorithms,
    });

    public string Jwks()
    {
        var parameters = rsa.ExportParameters(false);
        return JsonSerializer.Serialize(new
        {
            keys = new[]
            {
                new Dictionary<string, object>
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = KeyId,
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                    ["endorsements"] = Endorsements,
                },
            },
        });
    }

    /// <summary>Valid for 12 hours: one token serves a whole run.</summary>
    public string CreateToken(string appId, string serviceUrl) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "https://api.botframework.com",
        Audience = appId,
        Expires = DateTime.UtcNow.AddHours(12),
        NotBefore = DateTime.UtcNow.AddMinutes(-1),
        Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
        SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
    });

    /// <summary>The App Service managed-identity answer (IDENTITY_ENDPOINT protocol).</summary>
    public static Dictionary<string, string> ManagedIdentityToken() => new()
    {
        ["access_token"] = "bench-outbound-token",
        ["expires_on"] = DateTimeOffset.UtcNow.AddHours(12).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["resource"] = "https://api.botframework.com",
        ["token_type"] = "Bearer",
    };

    public void Dispose() => rsa.Dispose();
}
