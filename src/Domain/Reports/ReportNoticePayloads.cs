using System.Text.Json.Serialization;

namespace ComplianceBot.Domain.Reports;

public enum DirectorNoticeType
{
    ReportFiled,
    ReportClosed,

    /// <summary>No officer may handle the case; the director is asked to appoint one (decision 118).</summary>
    CaseNeedsOfficer,

    /// <summary>Reg. 22.4, 23.3: a written explanation asked in the case is overdue.</summary>
    ExplanationOverdue,
}

/// <summary>
/// The <c>director.mail</c> payload: the director's reference (in <paramref name="Number"/>), category, filing date,
/// status only (Reg. 23.2, 23.3, 29); <paramref name="EventAt"/> is the release moment, never an anonymous filing's time.
/// </summary>
public sealed record DirectorNoticePayload(string NoticeType, string Number, string Category, DateOnly Date, string Status, DateTimeOffset EventAt)
{
    /// <summary>A closed case's outcome (Reg. 23.3); absent from every other notice.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Outcome { get; init; }
}

/// <summary>
/// The <c>authorized-body.mail</c> payload (Reg. 29, 23.4). A case an officer sends (Reg. 23.4) adds its status, outcome
/// and the officer's summary; an escalation carries none of them.
/// </summary>
public sealed record AuthorizedBodyPayload(string NoticeType, string Number, string Category, DateOnly Date, DateTimeOffset EventAt)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Status { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Outcome { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Summary { get; init; }
}
