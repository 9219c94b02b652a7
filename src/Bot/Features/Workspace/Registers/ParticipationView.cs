namespace ComplianceBot.Bot.Features.Workspace.Registers;

/// <summary>
/// The participation register page's state, all in the query string (decision 145): the person (a name's beginning),
/// the process (its name's beginning, compared as the recusal rules compare it), the period the participation overlaps,
/// the order and the page's key.
/// </summary>
public sealed record ParticipationView(string? Person, string? Process, DateOnly? From, DateOnly? To, bool Descending, DayKey? After, DayKey? Before)
{
    public const string Path = RegisterView.BasePath + "/participation";

    public static ParticipationView Parse(RegisterQueryString query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new(query.Text("person"), query.Text("process"), query.Date("from"), query.Date("to"), query.Descending,
            DayKey.Parse(query.Text("after")), DayKey.Parse(query.Text("before")));
    }

    public string Link(DayKey? after = null, DayKey? before = null, bool? descending = null) =>
        RegisterQueryString.Link(Path, Fields(descending ?? Descending).Append(("after", after?.ToString())).Append(("before", before?.ToString())));

    public IEnumerable<(string Name, string? Value)> FilterFields => Fields(Descending);

    public string Describe() =>
        $"person {(Person is null ? "none" : "set")}, process {(Process is null ? "none" : "set")}, from {RegisterQueryString.Iso(From) ?? "any"}, to {RegisterQueryString.Iso(To) ?? "any"}";

    private IEnumerable<(string Name, string? Value)> Fields(bool descending) =>
    [
        ("person", Person), ("process", Process), ("from", RegisterQueryString.Iso(From)), ("to", RegisterQueryString.Iso(To)), ("sort", descending ? "desc" : null),
    ];
}
