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
            failures.Add($"Teams:AllowedServiceUrlHosts has '{host}', which is not a host name (e.g. smba.trafficmanager.net) or *.suffix.");
        }

        if (!options.DangerouslyAllowUnauthenticatedRequests)
        {
            ValidateAuthenticated(options, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>A bare DNS name, or *.name for the hosts below it: no scheme, port, path or lone wildcard.</summary>
    private static bool IsHostEntry(string entry)
    {
        var name = entry.StartsWith("*.", StringComparison.Ordinal) ? entry[2..] : entry;
        return name.Contains('.', StringComparison.Ordinal) && Uri.CheckHostName(name) == UriHostNameType.Dns;
    }

    private static void ValidateAuthenticated(TeamsOptions options, List<string> failures)
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

        var needsTenant = options.ClientSecret.Length > 0 || options.CertificatePath.Length > 0;
        if (needsTenant && options.TenantId.Length == 0)
        {
            failures.Add("Teams:TenantId is required for a single-tenant client secret or certificate.");
        }

        foreach (var url in options.EffectiveMetadataUrls())
        {
            var valid = Uri.TryCreate(url, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttps || (!options.RequireHttpsMetadata && uri.Scheme == Uri.UriSchemeHttp));
            if (!valid)
            {
                failures.Add($"Teams:OpenIdMetadataUrls has '{url}', which is not an absolute https URL (or http with Teams:RequireHttpsMetadata false).");
            }
        }
    }
}
