using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Authentication;

namespace ComplianceBot.Graph.Remote;

/// <summary>
/// Creates a <see cref="GraphServiceClient"/> per operation over the pooled, middleware-equipped HttpClient from
/// IHttpClientFactory, so handler rotation is respected; the credential (and its token cache) is a singleton.
/// </summary>
internal sealed class GraphClientProvider(
    IHttpClientFactory httpClientFactory,
    [FromKeyedServices(GraphServiceKeys.Credential)] TokenCredential credential,
    IOptions<GraphOptions> options)
{
    /// <summary>App-only tokens always ask for Graph's .default scope, whatever the base URL.</summary>
    internal const string Scope = "https://graph.microsoft.com/.default";

    public GraphServiceClient Create()
    {
        var baseUrl = options.Value.BaseUrl.TrimEnd('/');
        var host = new Uri(baseUrl).Host;

        // The SDK attaches tokens only to allowed hosts; the configured host (e.g. a loopback test server) is the one.
        var authentication = new AzureIdentityAuthenticationProvider(credential, [host], null, true, Scope);
        return new GraphServiceClient(httpClientFactory.CreateClient(GraphServiceKeys.HttpClient), authentication, baseUrl);
    }
}
