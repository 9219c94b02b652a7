namespace ComplianceBot.Bot.Features.Workspace.Shell;

/// <summary>One entry of the navigation: where it goes and the key of its text in WorkspaceStrings.</summary>
public sealed record WorkspaceLink(string Href, string TextKey, params WorkspaceRole[] Roles);

/// <summary>
/// The navigation each role sees (decision 138). Showing a link is a courtesy, not a permission: every page checks its
/// own policy (<see cref="WorkspacePolicies"/>). A feature adds its pages here.
/// </summary>
public static class WorkspaceNavigation
{
    public static IReadOnlyList<WorkspaceLink> All { get; } =
    [
        new(WorkspacePaths.Base, "Nav_Home", WorkspaceRole.Employee, WorkspaceRole.Officer, WorkspaceRole.Director),
        new(WorkspacePaths.Base + "/cases", "Nav_Cases", WorkspaceRole.Officer),

        new(WorkspacePaths.Base + "/registers/gifts", "Nav_Registers", WorkspaceRole.Officer),
        new(WorkspacePaths.Base + "/admin/appointments", "Nav_Appointments", WorkspaceRole.Officer),
        new(WorkspacePaths.Base + "/admin/lists", "Nav_Lists", WorkspaceRole.Officer, WorkspaceRole.Director),

        new(WorkspacePaths.Base + "/me", "Nav_Me", WorkspaceRole.Employee, WorkspaceRole.Officer, WorkspaceRole.Director),
        new(WorkspacePaths.Base + "/dashboard", "Nav_Dashboard", WorkspaceRole.Officer, WorkspaceRole.Director),
        new(WorkspacePaths.Base + "/director", "Nav_Director", WorkspaceRole.Director),
    ];

    public static IEnumerable<WorkspaceLink> For(WorkspaceRole role) => All.Where(link => link.Roles.Contains(role));
}
