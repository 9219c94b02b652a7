using ComplianceBot.Bot.Features.Workspace.SignIn;
using Microsoft.AspNetCore.Authorization;

namespace ComplianceBot.Bot.Features.Workspace;

/// <summary>
/// The workspace's authorization policies (decision 138). Each page or API names one; the role is the registers'
/// (<see cref="WorkspaceUsers"/>), checked on every request. Not signed in: a challenge (the sign-in page); signed in
/// without the role: 403 with a page saying so.
/// </summary>
public static class WorkspacePolicies
{
    /// <summary>Anyone of the tenant signed in: their own declarations, trainings and explanation requests.</summary>
    public const string SignedIn = "Workspace.SignedIn";

    /// <summary>An officer with a current appointment (Reg. 6–7, 15–17): cases, registers, administration.</summary>
    public const string Officer = "Workspace.Officer";

    /// <summary>The director (Reg. 29): figures and notices, never identities.</summary>
    public const string Director = "Workspace.Director";

    /// <summary>The figures both an officer and the director see (dashboards, Reg. 14.2).</summary>
    public const string Figures = "Workspace.Figures";

    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(SignedIn, Require());
        options.AddPolicy(Officer, Require(WorkspaceRole.Officer));
        options.AddPolicy(Director, Require(WorkspaceRole.Director));
        options.AddPolicy(Figures, Require(WorkspaceRole.Officer, WorkspaceRole.Director));
    }

    private static AuthorizationPolicy Require(params WorkspaceRole[] roles) =>
        new AuthorizationPolicyBuilder(WorkspaceSession.Scheme)
            .RequireAuthenticatedUser()
            .AddRequirements(new WorkspaceRoleRequirement(roles))
            .Build();
}

/// <summary>Met when the signed-in person of the bot's tenant holds one of the roles (any role when none is named).</summary>
public sealed class WorkspaceRoleRequirement(IReadOnlyList<WorkspaceRole> roles) : IAuthorizationRequirement
{
    public IReadOnlyList<WorkspaceRole> Roles { get; } = roles;
}

/// <summary>Reads the role from the registers through <see cref="WorkspaceUsers"/> (scoped: one look-up per request).</summary>
internal sealed class WorkspaceRoleHandler(WorkspaceUsers users) : AuthorizationHandler<WorkspaceRoleRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, WorkspaceRoleRequirement requirement)
    {
        var user = await users.CurrentAsync();
        if (user is not null && (requirement.Roles.Count == 0 || requirement.Roles.Contains(user.Role)))
        {
            context.Succeed(requirement);
        }
    }
}
