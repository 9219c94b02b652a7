using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Channel;

/// <summary>Start-up checks that need more than attributes; each failure names the setting to fix.</summary>
internal sealed class TeamsOptionsValidator(string environmentName) : IValidateOptions<TeamsOptions>
{
    private const string Development = "Development";

    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        var failures = new List<string>();
        var isDevelopment = string.Equals(environmentName, Development, StringComparison.OrdinalIgnoreCase);
        if (options.DangerouslyAllowUnauthenticatedRequests && !isDevelopment)
        {
            failures.Add($"Teams:DangerouslyAllowUnauthenticatedRequests is allowed only in the Development environment, not in '{environmentName}'.");
        }

        if (!options.RequireHttpsMetadata && !isDevelopment)
        {
            failures.Add($"Teams:RequireHttpsMetadata=false (signing keys over plain http) is allowed only in the Development environment, not in '{environmentName}'.");
        }

        foreach (var host in options.AllowedServiceUrlHosts.Where(host => !IsHostEntry(host)))
        {
            failures.Add($"Teams:AllowedServiceUrlHosts has '{host}', which is not a host name such as smba.trafficmanager.net (no scheme, port, path or wildcard).");
        }

        if (!options.DangerouslyAllowUnauthenticatedRequests)
        {
            ValidateAuthenticated(options, isDevelopment, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>
    /// A bare DNS name with at least two labels. No wildcards: Microsoft's hosts are fixed names, and the
    /// tempting suffixes either have hosts anyone can make (trafficmanager.net, azurewebsites.net) or cover
    /// other channels' hosts (botframework.com).
    /// </summary>
    private static bool IsHostEntry(string entry) =>
        entry.Contains('.', StringComparison.Ordinal) && Uri.CheckHostName(entry) == UriHostNameType.Dns;

    private static void ValidateAuthenticated(TeamsOptions options, bool isDevelopment, List<string> failures)
    {
        if (options.AppId.Length == 0)
        {
            failures.Add("Teams:AppId is required when Teams:DangerouslyAllowUnauthenticatedRequests is off.");
        }

        if (!options.HasOutboundCredential)
        {
            failures.Add("Teams:ClientSecret, Teams:CertificatePath, Teams:UseManagedIdentity or Teams:ManagedIdentityClientId must be set.");
        }

        if (options.ClientSecret.Length > 0 && options.CertificatePath.Length > 0)
        {
            failures.Add("Set only one of Teams:ClientSecret and Teams:CertificatePath.");
        }

        // The bot is single-tenant: without its tenant, activities of every tenant would be admitted (decision 112).
        var needsTenant = options.ClientSecret.Length > 0 || options.CertificatePath.Length > 0 || !isDevelopment;
        if (needsTenant && options.TenantId.Length == 0)
        {
            failures.Add("Teams:TenantId is required: the bot's single tenant, whose activities alone are admitted and which issues its client secret or certificate.");
        }

        if (!Uri.TryCreate(options.BotFrameworkIssuer, UriKind.Absolute, out _))
        {
            failures.Add("Teams:BotFrameworkIssuer must be an absolute URI such as https://api.botframework.com.");
        }

        var urls = options.OpenIdMetadataUrls.Select(url => ("Teams:OpenIdMetadataUrls", url)).Prepend(("Teams:BotFrameworkMetadataUrl", options.BotFrameworkMetadataUrl));
        foreach (var (setting, url) in urls)
        {
            var valid = Uri.TryCreate(url, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttps || (!options.RequireHttpsMetadata && uri.Scheme == Uri.UriSchemeHttp));
            if (!valid)
            {
                failures.Add($"{setting} has '{url}', which is not an absolute https URL (or http with Teams:RequireHttpsMetadata false, in Development).");
            }
        }
    }
}
