using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Rules;

namespace ComplianceBot.Domain.Reports;

public sealed partial class ConfidentialReport
{
    public static readonly DomainRule EscalatedOnce = new("ImplicatedReportIsEscalatedOnce", "23.4", DomainMessageKeys.ReportAlreadyEscalated);

    /// <summary>Reg. 29, 23.4: escalated to the authorized body (the report then never reaches the director).</summary>
    public bool IsEscalated => _transitions.Exists(t => t.Event == ReportEvent.EscalatedToAuthorizedBody);

    /// <summary>When the escalation was recorded; null while not escalated.</summary>
    public DateTimeOffset? EscalatedAt => _transitions.Find(t => t.Event == ReportEvent.EscalatedToAuthorizedBody)?.At;

    /// <summary>
    /// Reg. 29, 23.4: records that the report went to the authorized body. <paramref name="officer"/> is null when
    /// the reporter marked the director at filing: the step then carries no actor and, if anonymous, the date only.
    /// </summary>
    internal void RecordEscalation(ActiveOfficer? officer, RegisterClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (IsEscalated)
        {
            throw EscalatedOnce.Refusal();
        }

        var at = officer is null ? ReporterTimestamp(clock) : clock.Now;
        AddTransition(ReportEvent.EscalatedToAuthorizedBody, Status, officer?.AadObjectId, at, "authorized body (Reg. 29, 23.4)");
        Audit(officer?.AadObjectId, "ReportEscalatedToAuthorizedBody", Id.ToString(), null, at);
    }

    /// <summary>Refuses anyone but the assigned officer, and a closed report (Reg. 22.4 requests, investigation steps).</summary>
    internal void EnsureHandledBy(ActiveOfficer officer)
    {
        EnsureAssigned(officer);
        EnsureOpen();
    }

    /// <summary>Audits that the sealed identity was opened to address a content-free notice to the reporter.</summary>
    internal void RecordReporterNotified(ActiveOfficer officer, DateTimeOffset now)
    {
        EnsureAssigned(officer);
        Audit(officer.AadObjectId, "ReporterNotifiedOfMessage", Id.ToString(), null, now);
    }
}
