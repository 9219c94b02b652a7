namespace ComplianceBot.Domain.Attestation;

public enum CampaignStatus
{
    Open,
    Closed,
}

/// <summary>An employee's answer to the annual attestation (Reg. 14.12).</summary>
public enum AttestationResponse
{
    /// <summary>Not answered yet: the person is outstanding and gets reminders.</summary>
    None,

    /// <summary>"I have no conflict of interest."</summary>
    NoConflict,

    /// <summary>The person filed a conflict-of-interest declaration during the campaign.</summary>
    Declared,
}
