namespace ComplianceBot.Bot.Features.Workspace;

/// <summary>
/// What a signed-in person may see in the workspace. Taken from the registers on every request (decision 138), never
/// from a token or the client: an active appointment makes an officer (Reg. 6–7, 15–17), the configured director is
/// the director, anyone else of the tenant is an employee.
/// </summary>
public enum WorkspaceRole
{
    Employee,
    Officer,
    Director,
}
