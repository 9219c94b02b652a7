using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace ComplianceBot.Graph.Remote;

/// <summary>
/// The named HttpClient behind every GraphServiceClient: IHttpClientFactory's pooled primary handler, the
/// per-mailbox limiter, then the SDK's default middleware (GraphClientFactory.CreateDefaultHandlers) with its
/// RetryHandler configured from <c>Graph:MaxRetries</c>, <c>Graph:RetryDelay</c> and <c>Graph:RetriesTimeLimit</c>.
/// The RetryHandler retries 429, 503 and 504 and waits the Retry-After header (seconds or HTTP date, capped at 180 s).
/// </summary>
internal static class GraphHttpPipeline
{
    public static IServiceCollection AddGraphHttpClient(this IServiceCollection services)
    {
        services.AddTransient<MailboxConcurrencyHandler>();
        services.AddHttpClient(GraphServiceKeys.HttpClient, (sp, http) =>
                http.Timeout = sp.GetRequiredService<IOptions<GraphOptions>>().Value.RequestTimeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // The SDK's RedirectHandler follows redirects itself and keeps the auth header rules.
                AllowAutoRedirect = false,
                AutomaticDecompression = System.Net.DecompressionMethods.All,
            })
            .ConfigureAdditionalHttpMessageHandlers((handlers, sp) =>
            {
                handlers.Add(sp.GetRequiredService<MailboxConcurrencyHandler>());
                foreach (var handler in SdkHandlers(sp.GetRequiredService<IOptions<GraphOptions>>().Value))
                {
                    handlers.Add(handler);
                }
            });
        return services;
    }

    internal static IEnumerable<DelegatingHandler> SdkHandlers(GraphOptions options)
    {
        var retry = RetryOption(options);
        foreach (var handler in GraphClientFactory.CreateDefaultHandlers(new GraphClientOptions()))
        {
            if (handler is RetryHandler)
            {
                handler.Dispose();
                yield return new RetryHandler(retry);
            }
            else
            {
                yield return handler;
            }
        }
    }

    internal static RetryHandlerOption RetryOption(GraphOptions options) => new()
    {
        MaxRetry = options.MaxRetries,
        Delay = (int)options.RetryDelay.TotalSeconds,
        RetriesTimeLimit = options.RetriesTimeLimit,
    };
}
