using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ComplianceBot.Bot.Channel.Authentication;

/// <summary>
/// The signing keys of every configured OpenID metadata document, each fetched and refreshed by
/// Microsoft.IdentityModel's ConfigurationManager (12 h automatic refresh, on-demand refresh at
/// most every 5 min). A document's keys are trusted only for the issuer that document names
/// (decision 112): a key published by one issuer never verifies a token that claims another. One
/// unreachable source does not block tokens from another.
/// </summary>
internal sealed class SigningKeyRing
{
    public const string HttpClientName = "TeamsOpenIdMetadata";

    private readonly (string Url, ConfigurationManager<OpenIdConnectConfiguration> Manager)[] sources;
    private readonly ILogger<SigningKeyRing> logger;
    private Snapshot snapshot = new([], new Dictionary<string, IssuerKeys>(StringComparer.Ordinal));

    public SigningKeyRing(IHttpClientFactory httpClientFactory, IOptions<TeamsOptions> options, ILogger<SigningKeyRing> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.logger = logger;
        var retriever = new FactoryDocumentRetriever(httpClientFactory, options.Value.RequireHttpsMetadata);
        sources = [.. options.Value.EffectiveMetadataUrls().Select(url =>
            (url, new ConfigurationManager<OpenIdConnectConfiguration>(url, new OpenIdConnectConfigurationRetriever(), retriever)))];
    }

    /// <summary>The keys trusted for <paramref name="issuer"/>, or null when no configured document names it.</summary>
    public async Task<IssuerKeys?> GetKeysAsync(string issuer, CancellationToken cancellationToken)
    {
        var keys = await GetAllAsync(cancellationToken);
        return keys.TryGetValue(issuer, out var found) ? found : null;
    }

    private async Task<IReadOnlyDictionary<string, IssuerKeys>> GetAllAsync(CancellationToken cancellationToken)
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
            return current.ByIssuer;
        }

        // Grouped and endorsements parsed once per metadata refresh, not per request. A document that
        // names no issuer vouches for nothing.
        var byIssuer = configurations
            .Where(configuration => configuration?.JsonWebKeySet is not null && !string.IsNullOrEmpty(configuration.Issuer))
            .GroupBy(configuration => configuration!.Issuer, StringComparer.Ordinal)
            .ToDictionary(
                group => group.Key,
                group => new IssuerKeys(group.Key, [.. group.SelectMany(configuration => configuration!.JsonWebKeySet.Keys).Select(ChannelSigningKey.From)]),
                StringComparer.Ordinal);
        snapshot = new Snapshot(configurations, byIssuer);
        return byIssuer;
    }

    /// <summary>A token named a key we do not have: the issuer may have rolled its keys.</summary>
    public void RequestRefresh()
    {
        foreach (var (_, manager) in sources)
        {
            manager.RequestRefresh();
        }
    }

    private sealed record Snapshot(OpenIdConnectConfiguration?[] Configurations, Dictionary<string, IssuerKeys> ByIssuer);

    /// <summary>HttpDocumentRetriever over a client from IHttpClientFactory, so handlers rotate and tests can swap them.</summary>
    private sealed class FactoryDocumentRetriever(IHttpClientFactory factory, bool requireHttps) : IDocumentRetriever
    {
        public Task<string> GetDocumentAsync(string address, CancellationToken cancel) =>
            new HttpDocumentRetriever(factory.CreateClient(HttpClientName)) { RequireHttps = requireHttps }
                .GetDocumentAsync(address, cancel);
    }
}

/// <summary>One issuer and the keys its own metadata published.</summary>
internal sealed record IssuerKeys(string Issuer, IReadOnlyList<ChannelSigningKey> Keys)
{
    /// <summary>Bot Framework's tokens are the channel's own: endorsed per channel and bound to a serviceUrl.</summary>
    public bool IsBotFramework => Issuer == TeamsOptions.BotFrameworkIssuer;
}
