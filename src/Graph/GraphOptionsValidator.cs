using Microsoft.Extensions.Options;

namespace ComplianceBot.Graph;

/// <summary>Rules that span several settings; each message names the setting to fix.</summary>
internal sealed class GraphOptionsValidator : IValidateOptions<GraphOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        var errors = new List<string>();
        ValidateBaseUrl(options.BaseUrl, errors);
        if (options.EffectiveMode == GraphMode.Graph)
        {
            ValidateCredential(options, errors);
            if (string.IsNullOrWhiteSpace(options.ComplianceMailbox))
            {
                errors.Add("Graph:ComplianceMailbox is required in Graph mode (the mailbox that owns training events and sends notices).");
            }
        }
        else if (string.IsNullOrWhiteSpace(options.LocalMailboxPath))
        {
            errors.Add("Graph:LocalMailboxPath is required in Local mode.");
        }

        if (options.RetryDelay.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            errors.Add("Graph:RetryDelay must be whole seconds (the SDK's RetryHandler counts seconds).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateBaseUrl(string baseUrl, List<string> errors)
    {
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add($"Graph:BaseUrl must be an absolute http(s) URL, e.g. {GraphOptions.DefaultBaseUrl}.");
            return;
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
        {
            errors.Add("Graph:BaseUrl must use https unless it points at a loopback test server.");
        }

        // The SDK's $batch writer strips the first five characters ("/v1.0" or "/beta") of each step's path.
        var path = uri.AbsolutePath.TrimEnd('/');
        if (path is not ("/v1.0" or "/beta"))
        {
            errors.Add("Graph:BaseUrl must end in /v1.0 or /beta directly under the host (the SDK's $batch requires it).");
        }
    }

    private static void ValidateCredential(GraphOptions options, List<string> errors)
    {
        var kinds = (options.UseManagedIdentity ? 1 : 0)
            + (string.IsNullOrWhiteSpace(options.ClientSecret) ? 0 : 1)
            + (string.IsNullOrWhiteSpace(options.CertificatePath) ? 0 : 1);
        if (kinds != 1)
        {
            errors.Add("Graph mode needs exactly one credential: Graph:ClientSecret, Graph:CertificatePath or Graph:UseManagedIdentity=true.");
            return;
        }

        if (!options.UseManagedIdentity)
        {
            if (string.IsNullOrWhiteSpace(options.TenantId))
            {
                errors.Add("Graph:TenantId is required with a client secret or certificate.");
            }

            if (string.IsNullOrWhiteSpace(options.ClientId))
            {
                errors.Add("Graph:ClientId is required with a client secret or certificate.");
            }
        }

        if (!string.IsNullOrWhiteSpace(options.CertificatePath) && !File.Exists(options.CertificatePath))
        {
            errors.Add("Graph:CertificatePath does not name an existing file.");
        }
    }
}
