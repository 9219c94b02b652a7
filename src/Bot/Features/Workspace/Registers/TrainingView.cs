using ComplianceBot.Bot.Features.Administration;

namespace ComplianceBot.Bot.Features.Workspace.Registers;

/// <summary>
/// The trainings register page's state, all in the query string (decision 145): the topic (a title's beginning), the
/// days the trainings start within, the order and the page's key.
/// </summary>
public sealed record TrainingView(string? Topic, DateOnly? From, DateOnly? To, bool Descending, RegisterKey? After, RegisterKey? Before)
{
    public const string Path = RegisterView.BasePath + "/trainings";

    public static TrainingView Parse(RegisterQueryString query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new(query.Text("q"), query.Date("from"), query.Date("to"), query.Descending, RegisterKey.Parse(query.Text("after")), RegisterKey.Parse(query.Text("before")));
    }

    public string Link(RegisterKey? after = null, RegisterKey? before = null, bool? descending = null) =>
        RegisterQueryString.Link(Path, Fields(descending ?? Descending).Append(("after", after?.ToString())).Append(("before", before?.ToString())));

    public IEnumerable<(string Name, string? Value)> FilterFields => Fields(Descending);

    public string Describe() =>
        $"topic {(Topic is null ? "none" : "set")}, from {RegisterQueryString.Iso(From) ?? "any"}, to {RegisterQueryString.Iso(To) ?? "any"}";

    private IEnumerable<(string Name, string? Value)> Fields(bool descending) =>
    [
        ("q", Topic), ("from", RegisterQueryString.Iso(From)), ("to", RegisterQueryString.Iso(To)), ("sort", descending ? "desc" : null),
    ];
}
