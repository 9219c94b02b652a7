namespace ComplianceBot.Bot.Features.Workspace.Registers;

/// <summary>Where a participant stands in a campaign (Reg. 14.12); a leaver who had not answered is no longer asked.</summary>
public enum ParticipantState
{
    Outstanding,
    NoConflict,
    Declared,
    Leaver,
}

/// <summary>
/// The attestation register page's state, all in the query string (decisions 141, 145): the campaign (none: the newest),
/// the participant's state, department and name, the order and the page's key.
/// </summary>
public sealed record AttestationView(
    Guid? Campaign, ParticipantState? State, string? Department, string? Search, bool Descending, DepartmentKey? After, DepartmentKey? Before)
{
    public const string Path = RegisterView.BasePath + "/attestation";

    public static AttestationView Parse(RegisterQueryString query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new(
            Guid.TryParseExact(query.Text("campaign"), "N", out var campaign) ? campaign : null,
            query.Enum<ParticipantState>("state"),
            query.Text("department"),
            query.Text("q"),
            query.Descending,
            DepartmentKey.Parse(query.Text("after")),
            DepartmentKey.Parse(query.Text("before")));
    }

    public string Link(DepartmentKey? after = null, DepartmentKey? before = null, bool? descending = null) =>
        RegisterQueryString.Link(Path, Fields(descending ?? Descending).Append(("after", after?.ToString())).Append(("before", before?.ToString())));

    /// <summary>The filter's fields without the page's key (the export form posts them).</summary>
    public IEnumerable<(string Name, string? Value)> FilterFields => Fields(Descending);

    /// <summary>For the audit: the filter's shape, never the typed name.</summary>
    public string Describe() =>
        $"campaign {Campaign?.ToString("N") ?? "newest"}, state {State?.ToString() ?? "any"}, department {(Department is null ? "any" : "set")}, search {(Search is null ? "none" : "set")}";

    private IEnumerable<(string Name, string? Value)> Fields(bool descending) =>
    [
        ("campaign", Campaign?.ToString("N")), ("state", State?.ToString()), ("department", Department), ("q", Search), ("sort", descending ? "desc" : null),
    ];
}
