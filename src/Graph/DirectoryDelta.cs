namespace ComplianceBot.Graph;

/// <summary>One delta round.</summary>
/// <param name="Changed">Users added or changed. In an incremental round Graph returns at least the changed properties; a null property may mean "not sent", so merge rather than overwrite with null.</param>
/// <param name="RemovedIds">Users deleted (or moved out of scope) since the previous round.</param>
/// <param name="DeltaLink">Store it and pass it to the next call.</param>
public sealed record DirectoryDelta(IReadOnlyList<DirectoryUser> Changed, IReadOnlyList<string> RemovedIds, string DeltaLink);

/// <summary>
/// A directory user as the Employee register needs it. <c>ManagerId</c> is the manager's object id when the round
/// reported one (null when not reported); <c>ManagerRemoved</c> is true when the user no longer has a manager;
/// <c>AccountEnabled</c> is false for a disabled account (a leaver, decision 132), null when not reported.
/// </summary>
public sealed record DirectoryUser(
    string Id,
    string? DisplayName,
    string? Department,
    string? JobTitle,
    string? Mail,
    string? UserPrincipalName,
    string? PreferredLanguage,
    string? ManagerId,
    bool ManagerRemoved = false,
    bool? AccountEnabled = null);
