namespace ComplianceBot.Domain.People;

/// <summary>
/// Proof that a person held an active appointment when checked. Only <see cref="OfficerRoster"/>
/// creates it, so a register method that takes one cannot be called by someone who is not an officer.
/// </summary>
public sealed class ActiveOfficer
{
    internal ActiveOfficer(string aadObjectId, Guid appointmentId)
    {
        AadObjectId = aadObjectId;
        AppointmentId = appointmentId;
    }

    public string AadObjectId { get; }

    public Guid AppointmentId { get; }
}
