namespace ComplianceBot.Bot.Channel;

/// <summary>One spelling of a serviceUrl everywhere (Teams sends some with a trailing slash, some without).</summary>
public static class ServiceUrls
{
    public static string Normalize(string serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        return serviceUrl.TrimEnd('/');
    }

    public static bool IsHttpUrl(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
