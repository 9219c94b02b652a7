
namespace ComplianceBot.Bot.Delivery.Graph;

/// <summary>The outbox kinds delivered through Microsoft Graph (or the local mailbox folder).</summary>
public static class GraphDeliveryKinds
{
    /// <summary>One training session's Outlook event with its attendees (Reg. 14.7).</summary>
    public const string TrainingEvent = "graph.training-event";

    /// <summary>A notice mailed to the director (Reg. 23.3) or the periodic report (Reg. 29).</summary>
    public const string DirectorMail = "director.mail";

    /// <summary>An escalation mailed to the authorized body (Reg. 29) — never to the director.</summary>
    public const string AuthorizedBodyMail = "authorized-body.mail";

    public static IReadOnlyList<string> Notices { get; } = [DirectorMail, AuthorizedBodyMail];
}
