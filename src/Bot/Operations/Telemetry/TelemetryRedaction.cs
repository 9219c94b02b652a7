using System.Diagnostics;
using System.Text.RegularExpressions;
using OpenTelemetry;

namespace ComplianceBot.Bot.Operations.Telemetry;

/// <summary>
/// Takes conversation ids, user ids and query strings out of every span before it is exported (Reg. 23.2, decision
/// 117). The Bot Connector's paths carry the conversation id (/v3/conversations/{id}/activities/{id}) and Graph's
/// carry user ids (/users/{id}/…); a span of a reporter notice would otherwise tie that conversation to the trace of a
/// confidential step. The path keeps its shape with the ids replaced, so the telemetry still says what was called.
/// </summary>
internal sealed partial class TelemetryRedaction : BaseProcessor<Activity>
{
    public const string Placeholder = "{id}";

    private static readonly string[] UrlTags = ["url.full", "url.path", "http.url", "http.target", "url.original", "http.route"];

    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        foreach (var key in UrlTags)
        {
            if (data.GetTagItem(key) is string value)
            {
                data.SetTag(key, RedactUrl(value));
            }
        }

        if (data.GetTagItem("url.query") is not null)
        {
            data.SetTag("url.query", null);
        }

        data.DisplayName = RedactUrl(data.DisplayName);
        if (data.StatusDescription is { } status)
        {
            data.SetStatus(data.Status, RedactUrl(status));
        }
    }

    /// <summary>The URL or path without its query and fragment, with every segment after an id-carrying one replaced.</summary>
    public static string RedactUrl(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var cut = value.IndexOfAny(['?', '#']);
        var path = cut >= 0 ? value[..cut] : value;
        return IdAfterCollection().Replace(path, m => m.Groups["collection"].Value + "/" + Placeholder);
    }

    // conversations/{id}, activities/{id}, members/{id}, users/{id}, chats/{id}, attachments/{id}
    [GeneratedRegex(@"(?<collection>(?:^|/)(?:conversations|activities|members|users|chats|attachments|messages|events))/(?!\{id\})[^/]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IdAfterCollection();
}
