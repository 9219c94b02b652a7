using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ComplianceBot.Bot.Tests.Browser;

/// <summary>
/// Entra for the OpenID Connect middleware without a network: a static configuration built from the authority the
/// app chose (so the tenant in it is the app's), and a token endpoint that answers the code with an ID token for
/// <see cref="ObjectId"/> in <see cref="TenantId"/>, signed with a key only the configuration knows.
/// </summary>
internal sealed class FakeEntra : HttpMessageHandler
{
    private readonly RsaSecurityKey key = new(RSA.Create(2048)) { KeyId = "entra-test-key" };

    public string ObjectId { get; set; } = "";

    public string TenantId { get; set; } = "";

    /// <summary>The nonce of the authorization request, which the ID token must repeat.</summary>
    public string Nonce { get; set; } = "";

    public string Issuer { get; private set; } = "";

    public string ClientId { get; private set; } = "";

    public List<Dictionary<string, string>> TokenRequests { get; } = [];

    public void Install(IServiceCollection services) =>
        services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options =>
        {
            Issuer = options.Authority!;
            ClientId = options.ClientId!;
            var root = Issuer[..^"/v2.0".Length];
            var configuration = new OpenIdConnectConfiguration
            {
                Issuer = Issuer,
                AuthorizationEndpoint = root + "/oauth2/v2.0/authorize",
                TokenEndpoint = root + "/oauth2/v2.0/token",
                EndSessionEndpoint = root + "/oauth2/v2.0/logout",
            };
            configuration.SigningKeys.Add(key);
            options.Configuration = configuration;
            options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
            options.Backchannel = new HttpClient(this, disposeHandler: false);
        });

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var form = (await request.Content!.ReadAsStringAsync(cancellationToken)).Split('&')
            .Select(pair => pair.Split('=', 2)).ToDictionary(p => WebUtility.UrlDecode(p[0]), p => WebUtility.UrlDecode(p[1]));
        TokenRequests.Add(form);
        const string accessToken = "access-token-for-nothing";
        var atHash = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(accessToken))[..16]);
        var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = ClientId,
            IssuedAt = DateTime.UtcNow,
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            Expires = DateTime.UtcNow.AddMinutes(60),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = "pairwise-subject",
                ["oid"] = ObjectId,
                ["tid"] = TenantId,
                ["name"] = "Signed In Person",
                ["nonce"] = Nonce,
                ["at_hash"] = atHash,
                ["roles"] = new[] { "Officer" },
            },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
        var body = $$"""{"token_type":"Bearer","expires_in":3600,"access_token":"{{accessToken}}","id_token":"{{idToken}}"}""";
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    }
}
