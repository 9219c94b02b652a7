using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ComplianceBot.Bot.Channel.Authentication;

/// <summary>
/// The signing keys of every configured OpenID metadata document, each fetched and refreshed by
/// Microsoft.IdentityModel's ConfigurationManager (12 h automatic refresh, on-demand refresh at
/// most every 5 min). One unreachable source does not block tokens from another.
/// </summary>
internal sealed class SigningKeyRing
{
    public const string HttpClientName = "TeamsOpenIdMetadata";

    private readonly (string Url, ConfigurationManager<OpenIdConnectConfiguration> Manager)[] sources;
    private readonly ILogger<SigningKeyRing> logger;
    private Snapshot snapshot = new([], []);

    public SigningKeyRing(IHttpClientFactory httpClientFactory, IOptions<TeamsOptions> options, ILogger<SigningKeyRing> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.logger = logger;
        var retriever = new FactoryDocumentRetriever(httpClientFactory, options.Value.RequireHttpsMetadata);
        sources = [.. options.Value.EffectiveMetadataUrls().Select(url =>
            (url, new ConfigurationManager<OpenIdConnectConfiguration>(url, new OpenIdConnectConfigurationRetriever(), retriever)))];
    }

    public async Task<IReadOnlyList<ChannelSigningKey>> GetKeysAsync(CancellationToken cancellationToken)
    {
        var configurations = new OpenIdConnectConfiguration?[sources.Length];
        for (var i = 0; i < sources.Length; i++)
        {
            try
            {
                configurations[i] = await sources[i].Manager.GetConfigurationAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                ChannelLog.MetadataUnavailable(logger, sources[i].Url, exception);
            }
        }

        var current = snapshot;
        if (configurations.SequenceEqual(current.Configurations, ReferenceEqualityComparer.Instance))
        {
            return current.Keys;
        }

        // Parsing endorsements once per metadata refresh, not per request.
        var keys = configurations
            .Where(configuration => configuration?.JsonWebKeySet is not null)
            .SelectMany(configuration => configuration!.JsonWebKeySet.Keys)
            .Select(ChannelSigningKey.From)
            .ToArray();
        snapshot = new Snapshot(configurations, keys);
        return keys;
    }

    /// <summary>A token named a key we do not have: the issuer may have rolled its keys.</summary>
    public void RequestRefresh()
    {
        foreach (var (_, manager) in sources)
        {
            manager.RequestRefresh();
        }
    }

    private sealed record Snapshot(OpenIdConnectConfiguration?[] Configurations, ChannelSigningKey[] Keys);

    /// <summary>HttpDocumentRetriever over a client from IHttpClientFactory, so handlers rotate and tests can swap them.</summary>
    private sealed class FactoryDocumentRetriever(IHttpClientFactory factory, bool requireHttps) : IDocumentRetriever
    {
        public Task<string> GetDocumentAsync(string address, CancellationToken cancel) =>
            new HttpDocumentRetriever(factory.CreateClient(HttpClientName)) { RequireHttps = requireHttps }
                .GetDocumentAsync(address, cancel);
    }
}
