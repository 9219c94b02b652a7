using System.Text.RegularExpressions;
using ComplianceBot.Bot.Conversation.Routing;

namespace ComplianceBot.Bot.Conversation;

/// <summary>Log messages of the conversation layer (event ids 3000–3099). No user text, ids or names.</summary>
internal static partial class ConversationLog
{
    public static void ActivityIgnored(ILogger logger, string? activityType)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            var safe = Safe(activityType);
            LogActivityIgnored(logger, safe);
        }
    }

    public static void NoRouteForVerb(ILogger logger, string? verb, CardActionKind kind)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            var safe = Safe(verb);
            LogNoRouteForVerb(logger, safe, kind);
        }
    }

    public static void UnsupportedInvoke(ILogger logger, string? invokeName)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            var safe = Safe(invokeName);
            LogUnsupportedInvoke(logger, safe);
        }
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Ignored a {ActivityType} activity")]
    private static partial void LogActivityIgnored(ILogger logger, string activityType);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "No route for card-action verb {Verb} ({Kind}); answered with the menu")]
    private static partial void LogNoRouteForVerb(ILogger logger, string verb, CardActionKind kind);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Unsupported invoke {InvokeName}; answered 501")]
    private static partial void LogUnsupportedInvoke(ILogger logger, string invokeName);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Sent the welcome card ({Language})")]
    public static partial void WelcomeSent(ILogger logger, string language);

    /// <summary>
    /// Verbs and invoke names come from the client, so only a short token of our own verb
    /// alphabet is logged as is: free text a user could put there never reaches the log.
    /// </summary>
    private static string Safe(string? token) =>
        token is { Length: <= 64 } && SafeToken().IsMatch(token) ? token : "(other)";

    [GeneratedRegex("^[A-Za-z0-9._/-]+$", RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex SafeToken();
}
