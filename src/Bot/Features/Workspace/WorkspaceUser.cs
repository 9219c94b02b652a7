namespace ComplianceBot.Bot.Features.Workspace;

/// <summary>The signed-in person as the workspace sees them on this request.</summary>
/// <param name="AadObjectId">The Entra object id from the session (<c>oid</c>).</param>
/// <param name="DisplayName">The directory's name, else the token's, else empty.</param>
/// <param name="Role">From the registers, on this request.</param>
/// <param name="Language">kk, ru or en: the Teams or Outlook locale, then the person's preference (<see cref="WorkspaceCulture"/>).</param>
public sealed record WorkspaceUser(string AadObjectId, string DisplayName, WorkspaceRole Role, string Language)
{
    public bool IsOfficer => Role == WorkspaceRole.Officer;

    public bool IsDirector => Role == WorkspaceRole.Director;
}
