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
    /// <summary>Replaced in a path by the register number of the report the class filed in chat.</summary>
    public const string CasePlaceholder = "{case}";

    public static IReadOnlyList<WorkspacePage> All { get; } =
    [
        new("home-officer", "/workspace", WorkspacePeople.Officer),
        new("cases-inbox", "/workspace/cases", WorkspacePeople.Officer),
        new("case", "/workspace/cases/" + CasePlaceholder, WorkspacePeople.Officer),
        new("register-gifts", "/workspace/registers/gifts", WorkspacePeople.Officer),
        new("register-conflicts", "/workspace/registers/conflicts", WorkspacePeople.Officer),
        new("register-attestation", "/workspace/registers/attestation", WorkspacePeople.Officer),
        new("register-trainings", "/workspace/registers/trainings", WorkspacePeople.Officer),
        new("register-participation", "/workspace/registers/participation", WorkspacePeople.Officer),
        new("appointments", "/workspace/admin/appointments", WorkspacePeople.Officer),
        new("lists", "/workspace/admin/lists", WorkspacePeople.Officer),
        new("dashboard-officer", "/workspace/dashboard", WorkspacePeople.Officer),
        new("me-officer", "/workspace/me", WorkspacePeople.Officer),
        new("home-director", "/workspace", WorkspacePeople.Director),
        new("dashboard-director", "/workspace/dashboard", WorkspacePeople.Director),
        new("director", "/workspace/director", WorkspacePeople.Director),
        new("home-employee", "/workspace", WorkspacePeople.Employee),
        new("me-employee", "/workspace/me", WorkspacePeople.Employee),
        // The Teams tab's page as the README runs the bot (Development, no Teams:AppId): no SSO here, the browser's sign-in offered (decision 147).
        new("tab", "/workspace/tab", WorkspacePeople.Employee),
    ];
}
