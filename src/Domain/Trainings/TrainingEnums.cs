namespace ComplianceBot.Domain.Trainings;

/// <summary>Who a training is for (Reg. 14.7): everyone, some departments, chosen people, or those not trained lately.</summary>
public enum AudienceKind
{
    Everyone,
    Departments,
    People,
    NotTrainedRecently,
}

/// <summary>An attendee's answer to the invitation, as read from their calendar.</summary>
public enum InvitationResponse
{
    NoAnswer,
    Accepted,
    Tentative,
    Declined,
}

/// <summary>Where a history entry comes from: a seminar the service held, or outside training (Reg. 21).</summary>
public enum TrainingSource
{
    Internal,
    External,
}
