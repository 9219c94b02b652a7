namespace ComplianceBot.Bot.Features.Workspace.SignIn;

/// <summary>The tab sign-in's log events: the reason a token was refused, never the token or whose it was.</summary>
internal static partial class WorkspaceSignInLog
{
    [LoggerMessage(EventId = 9201, Level = LogLevel.Information, Message = "Workspace tab sign-in refused: {Reason}.")]
    public static partial void TokenRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 9202, Level = LogLevel.Information, Message = "Workspace tab signed in with a Teams single sign-on token.")]
    public static partial void SignedIn(ILogger logger);
}
