using ComplianceBot.Domain.People;

namespace ComplianceBot.Domain.Reports;

/// <summary>
/// Where to send a named reporter the notice that a new message waits (Reg. 23.2): the sealed identity is opened
/// only to address that notice, for the assigned officer's action, and the use is audited. The officer is not shown it.
/// The outbox row names the report, not the reporter: the delivery opens the sealed identity again at send time
/// (<see cref="RecipientAtDelivery"/>), so no stored row holds the reporter's id in clear (decision 117).
/// </summary>
public sealed class ReporterContact(IdentitySealer sealer, RegisterClock clock)
{
    /// <summary>The named reporter's Entra object id; null for an anonymous report, which nobody can contact.</summary>
    public string? RecipientFor(ConfidentialReport report, ActiveOfficer officer)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.IsAnonymous || report.SealedIdentity is null)
        {
            return null;
        }

        report.RecordReporterNotified(officer, clock.Now);
        return sealer.Unseal(report.SealedIdentity, report.Id).AadObjectId;
    }

    /// <summary>
    /// The named reporter's Entra object id for the delivery of a notice queued by <see cref="RecipientFor"/> (audited
    /// there); kept in memory for the send only. Null for an anonymous report.
    /// </summary>
    public string? RecipientAtDelivery(ConfidentialReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.IsAnonymous || report.SealedIdentity is null ? null : sealer.Unseal(report.SealedIdentity, report.Id).AadObjectId;
    }
}
