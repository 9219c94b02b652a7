namespace ComplianceBot.Domain.Attestation;

/// <summary>A campaign's figures: answered "no conflict", declared, and not answered yet.</summary>
public sealed record AttestationTally(int NoConflict, int Declared, int Outstanding)
{
    public int Total => NoConflict + Declared + Outstanding;

    public int Responded => NoConflict + Declared;
}

/// <summary>Progress of one campaign, overall and by department (null department: none recorded).</summary>
public sealed record AttestationProgress(
    AttestationCampaign Campaign, AttestationTally Overall, IReadOnlyList<(string? Department, AttestationTally Tally)> ByDepartment);
