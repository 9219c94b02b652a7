namespace ComplianceBot.Domain.Attestation;

/// <summary>One recorded status change of a campaign (opened, closed): who and when, never overwritten.</summary>
public sealed class AttestationCampaignTransition : IRegisterRecord
{
    private AttestationCampaignTransition()
    {
        By = string.Empty;
    }

    internal AttestationCampaignTransition(Guid campaignId, CampaignStatus? from, CampaignStatus to, string by, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        CampaignId = campaignId;
        From = from;
        To = to;
        By = by;
        At = at.ToUniversalTime();
    }

    public Guid Id { get; private set; }
    public Guid CampaignId { get; private set; }
    public CampaignStatus? From { get; private set; }
    public CampaignStatus To { get; private set; }
    public string By { get; private set; }
    public DateTimeOffset At { get; private set; }
}
