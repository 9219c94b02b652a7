using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Channel;

/// <summary>
/// Where the bot may send its Bot Connector token (decision 112): https service URLs on the hosts
/// Microsoft documents for Teams, or those an administrator lists in
/// <see cref="TeamsOptions.AllowedServiceUrlHosts"/>. An activity naming any other serviceUrl is
/// refused before anything of it is stored, so its address can never become a conversation
/// reference that later cards follow. Only in Development does a loopback host (the Agents
/// Playground, a test's fake Connector) pass, over http too; any other host needs https everywhere.
/// </summary>
internal sealed class ServiceUrlPolicy
{
    /// <summary>
    /// The Teams service hosts: the public cloud's regional paths (<c>/amer/</c>, <c>/emea/</c>, <c>/apac/</c>,
    /// <c>/teams/</c> …) all live on smba.trafficmanager.net; GCC, GCC High and DoD have their own.
    /// </summary>
    public static readonly IReadOnlyList<string> MicrosoftTeamsHosts =
    [
        "smba.trafficmanager.net",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
        "smba.infra.dod.teams.microsoft.us",
    ];

    private readonly string[] hosts;
    private readonly bool isDevelopment;

    public ServiceUrlPolicy(IOptions<TeamsOptions> options, bool isDevelopment)
    {
        ArgumentNullException.ThrowIfNull(options);
        hosts = [.. options.Value.EffectiveServiceUrlHosts().Select(host => host.Trim())];
        this.isDevelopment = isDevelopment;
    }

    public bool IsAllowed(string? serviceUrl)
    {
        // The URL stays as sent (it is stored and echoed), so it must be clean as sent: no spaces, user
        // info, query or fragment, which a Connector address never has.
        if (string.IsNullOrEmpty(serviceUrl) || serviceUrl.Any(char.IsWhiteSpace)
            || !Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
            || uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            return false;
        }

        if (isDevelopment && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.IsLoopback)
        {
            return true;
        }

        return uri.Scheme == Uri.UriSchemeHttps && uri.IsDefaultPort
            && hosts.Any(host => string.Equals(host, uri.IdnHost, StringComparison.OrdinalIgnoreCase));
    }
}
