namespace ComplianceBot.Bot.Features.Workspace;

/// <summary>Where the workspace lives on the bot's host (one deployable, decision 138).</summary>
public static class WorkspacePaths
{
    public const string Base = "/workspace";

    /// <summary>True for the workspace's pages and APIs (and nothing else: <c>/api/messages</c> never).</summary>
    public static bool IsWorkspace(HttpContext http) =>
        http.Request.Path.StartsWithSegments(Base, StringComparison.OrdinalIgnoreCase);
}
