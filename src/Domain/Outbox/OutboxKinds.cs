namespace ComplianceBot.Domain.Outbox;

/// <summary>
/// Every kind of outbox row, in one place (issue 17: one definition of each shared fact). A row's kind picks the
/// delivery handler that sends it; a kind's text is stored in the registers, so a value here never changes.
/// </summary>
public static class OutboxKinds
{
    /// <summary>A new Teams message (a card or text) to one person.</summary>
    public const string TeamsSend = "teams.send";

    /// <summary>The in-place update of a card already sent (every reviewer's copy after a decision).</summary>
    public const string TeamsUpdate = "teams.update";

    /// <summary>A notice to the reporter of a case, resolved from the sealed identity only at delivery (Reg. 24.1).</summary>
    public const string ReporterNotice = "teams.reporter-notice";

    /// <summary>One training session's Outlook event with its attendees (Reg. 14.7).</summary>
    public const string TrainingEvent = "graph.training-event";

    /// <summary>A notice mailed to the director (Reg. 23.3) or the periodic report (Reg. 29).</summary>
    public const string DirectorMail = "director.mail";

    /// <summary>An escalation or a case sent to the authorized body (Reg. 29, 23.4) — never to the director.</summary>
    public const string AuthorizedBodyMail = "authorized-body.mail";

    /// <summary>The published audit-chain head, mailed to each active officer (decision 120).</summary>
    public const string AuditHeadMail = "audit.head-mail";

    /// <summary>A failed audit-chain verification, mailed to each active officer.</summary>
    public const string AuditAlertMail = "audit.alert-mail";

    /// <summary>The notices whose timely delivery is watched (Reg. 23.3).</summary>
    public static IReadOnlyList<string> Notices { get; } = [DirectorMail, AuthorizedBodyMail];
}
