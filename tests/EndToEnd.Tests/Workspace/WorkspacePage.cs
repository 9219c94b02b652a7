namespace ComplianceBot.EndToEnd.Tests.Workspace;

/// <summary>One page of the workspace as the walk visits it: a name for its screenshot, its path, who opens it.</summary>
public sealed record WorkspacePage(string Name, string Path, WorkspacePerson Person)
{
    public override string ToString() => $"{Name} ({Path} as {Person.Role})";
}

/// <summary>
/// Every workspace page the accessibility walk and the screenshots cover (decision 143), in kk, ru and en. A page added
/// to the workspace is added here; pages that need a case open the one the class filed (<c>{case}</c> in the path).
/// </summary>
public static class WorkspacePages
{
    public static IReadOnlyList<WorkspacePage> All { get; } =
    [
        new("home-officer", "/workspace", WorkspacePeople.Officer),
        new("home-director", "/workspace", WorkspacePeople.Director),
        new("home-employee", "/workspace", WorkspacePeople.Employee),
    ];
}
