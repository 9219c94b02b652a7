using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ComplianceBot.Bot.Channel.Authentication;

/// <summary>
/// The signing keys of every configured OpenID metadata document, each fetched and refreshed by
/// Microsoft.IdentityModel's ConfigurationManager (12 h automatic refresh, on-demand refresh at
/// most every 5 min). A document's keys are trusted only for the issuer that document names
/// (decision 112), and only Bot Framework's own document may vouch for the channel's issuer: a key
/// published by one issuer never verifies a token that claims another. Sources are read side by
/// side, and one that has never loaded is tried again at most every 30 s, so an unreachable source
/// neither blocks tokens from another nor costs every request a fetch.
/// </summary>
internal sealed class SigningKeyRing
{
    public const string HttpClientName = "TeamsOpenIdMetadata";

    private static readonly TimeSpan RetryUnloadedAfter = TimeSpan.FromSeconds(30);

    private readonly Source[] sources;
    private readonly string channelIssuer;
    private readonly TimeProvider time;
    private readonly ILogger<SigningKeyRing> logger;
    private Snapshot snapshot = new([], new Dictionary<string, IssuerKeys>(StringComparer.Ordinal));

    public SigningKeyRing(IHttpClientFactory httpClientFactory, IOptions<TeamsOptions> options, TimeProvider time, ILogger<SigningKeyRing> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.logger = logger;
        this.time = time;
        var settings = options.Value;
        channelIssuer = settings.BotFrameworkIssuer;
        var retriever = new FactoryDocumentRetriever(httpClientFactory, settings.RequireHttpsMetadata);
        sources = [.. settings.EffectiveMetadataUrls().Select((url, index) => new Source(
            url, IsChannelSource: index == 0, new ConfigurationManager<OpenIdConnectConfiguration>(url, new OpenIdConnectConfigurationRetriever(), retriever)))];
    }

    /// <summary>The keys trusted for <paramref name="issuer"/>, or null when no configured document may vouch for it.</summary>
    public async Task<IssuerKeys?> GetKeysAsync(string issuer, CancellationToken cancellationToken)
    {
        var keys = await GetAllAsync(cancellationToken);
        return keys.TryGetValue(issuer, out var found) ? found : null;
    }

    /// <summary>A token named a key we do not have: the issuer may have rolled its keys.</summary>
    public void RequestRefresh()
    {
        foreach (var source in sources)
        {
            source.Manager.RequestRefresh();
        }
    }

    private async Task<IReadOnlyDictionary<string, IssuerKeys>> GetAllAsync(CancellationToken cancellationToken)
    {
        var configurations = await Task.WhenAll(sources.Select(source => LoadAsync(source, cancellationToken)));
        var current = snapshot;
        if (configurations.SequenceEqual(current.Configurations, ReferenceEqualityComparer.Instance))
        {
            return current.ByIssuer;
        }

        // Grouped and endorsements parsed once per metadata refresh, not per request.
        var byIssuer = sources.Zip(configurations)
            .Where(pair => pair.Second is not null && MayVouch(pair.First, pair.Second))
            .GroupBy(pair => pair.Second!.Issuer, StringComparer.Ordinal)
            .ToDictionary(
                group => group.Key,
                group => new IssuerKeys(
                    group.Key,
                    IsBotFramework: group.First().First.IsChannelSource,
                    [.. group.SelectMany(pair => pair.Second!.JsonWebKeySet.Keys).Select(ChannelSigningKey.From)]),
                StringComparer.Ordinal);
        snapshot = new Snapshot(configurations, byIssuer);
        return byIssuer;
    }

    /// <summary>
    /// Bot Framework's document vouches for the channel's issuer alone, and no other document for it: a
    /// relay's or a mistyped document naming the channel's issuer must not make its keys the channel's.
    /// A document that names no issuer, or has no keys, vouches for nothing.
    /// </summary>
    private bool MayVouch(Source source, OpenIdConnectConfiguration configuration)
    {
        if (string.IsNullOrEmpty(configuration.Issuer) || configuration.JsonWebKeySet is null)
        {
            return false;
        }

        var namesChannel = string.Equals(configuration.Issuer, channelIssuer, StringComparison.Ordinal);
        if (namesChannel != source.IsChannelSource)
        {
            ChannelLog.MetadataIssuerIgnored(logger, source.Url, configuration.Issuer);
            return false;
        }

        return true;
    }

    private async Task<OpenIdConnectConfiguration?> LoadAsync(Source source, CancellationToken cancellationToken)
    {
        if (source.Loaded is null && time.GetUtcNow().UtcTicks < source.RetryAfterTicks)
        {
            return null;
        }

        try
        {
            return source.Loaded = await source.Manager.GetConfigurationAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A refresh that fails keeps the last configuration inside the manager; only a source that never
            // loaded ends up here, and it waits before the next try instead of costing every request a fetch.
            source.RetryAfterTicks = (time.GetUtcNow() + RetryUnloadedAfter).UtcTicks;
            ChannelLog.MetadataUnavailable(logger, source.Url, exception);
            return source.Loaded;
        }
    }

    private sealed class Source(string url, bool IsChannelSource, ConfigurationManager<OpenIdConnectConfiguration> manager)
    {
        public string Url { get; } = url;

        public bool IsChannelSource { get; } = IsChannelSource;

        public ConfigurationManager<OpenIdConnectConfiguration> Manager { get; } = manager;

        private long retryAfterTicks;

        public OpenIdConnectConfiguration? Loaded { get; set; }

        /// <summary>Read and written by concurrent requests: one 64-bit value, so never torn.</summary>
        public long RetryAfterTicks
        {
            get => Interlocked.Read(ref retryAfterTicks);
            set => Interlocked.Exchange(ref retryAfterTicks, value);
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

/// <summary>One issuer and the keys its own metadata published; Bot Framework's is the channel's.</summary>
internal sealed record IssuerKeys(string Issuer, bool IsBotFramework, IReadOnlyList<ChannelSigningKey> Keys);
