using Microsoft.Extensions.Options;

namespace ComplianceBot.Graph.Local;

/// <summary>
/// The development mailbox folder (<c>Graph:LocalMailboxPath</c>, relative to the content root):
/// invitations/{eventId}/{attendee}.ics, events/{eventId}.json, responses/{eventId}.json (optional, hand-written),
/// mail/{time}-{id}.eml.
/// </summary>
internal sealed class LocalMailbox(IOptions<GraphOptions> options, LocalContentRoot contentRoot)
{
    public string Root => Path.GetFullPath(Path.Combine(contentRoot.Path, options.Value.LocalMailboxPath));

    public string InvitationsOf(string eventId) => Path.Combine(Root, "invitations", SafeFileName.From(eventId));

    public string EventRecord(string eventId) => Path.Combine(Root, "events", SafeFileName.From(eventId) + ".json");

    public string Responses(string eventId) => Path.Combine(Root, "responses", SafeFileName.From(eventId) + ".json");

    public string Mail => Path.Combine(Root, "mail");
}
