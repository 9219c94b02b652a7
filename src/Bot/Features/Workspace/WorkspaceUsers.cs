using ComplianceBot.Bot.Browser;
using ComplianceBot.Domain;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Features.Workspace;

/// <summary>
/// Resolves the signed-in person's <see cref="WorkspaceUser"/> once per request: the session gives only the object id
/// and tenant (decision 122); the role comes from the registers now, so an officer whose term ended or who left the
/// organisation loses the officer pages on their next request, not at their next sign-in.
/// </summary>
public sealed class WorkspaceUsers(
    IHttpContextAccessor accessor,
    RegistersDbContext db,
    OfficerRoster roster,
    RegisterClock clock,
    BrowserSignInMode mode,
    IOptions<OrganizationOptions> organization)
{
    private WorkspaceUser? current;
    private bool resolved;

    /// <summary>The person on this request, or null when nobody of the bot's tenant is signed in.</summary>
    public async Task<WorkspaceUser?> CurrentAsync(CancellationToken ct = default)
    {
        if (resolved)
        {
            return current;
        }

        var http = accessor.HttpContext ?? throw new InvalidOperationException("The workspace user is read during a request.");
        var oid = BrowserIdentity.ObjectIdOf(http.User, mode.TenantId);
        current = oid is null ? null : await ResolveAsync(oid, http, ct);
        resolved = true;
        return current;
    }

    private async Task<WorkspaceUser> ResolveAsync(string oid, HttpContext http, CancellationToken ct)
    {
        var role = await RoleOfAsync(oid, ct);
        var name = await db.Employees.AsNoTracking().Where(e => e.AadObjectId == oid).Select(e => e.DisplayName).FirstOrDefaultAsync(ct)
            ?? http.User.FindFirst(BrowserIdentity.NameClaim)?.Value
            ?? "";
        return new WorkspaceUser(oid, name, role, WorkspaceCulture.LanguageOf(http));
    }

    /// <summary>Director first: the director is never an officer (Reg. 24.5's rule in <see cref="DirectorIsNeverAnOfficer"/>).</summary>
    public async Task<WorkspaceRole> RoleOfAsync(string oid, CancellationToken ct = default)
    {
        if (DirectorIsNeverAnOfficer.IsDirector(oid, organization.Value))
        {
            return WorkspaceRole.Director;
        }

        var active = await roster.GetActiveAsync(clock.Now, ct);
        return active.Any(a => a.OfficerAadObjectId == oid) ? WorkspaceRole.Officer : WorkspaceRole.Employee;
    }
}
