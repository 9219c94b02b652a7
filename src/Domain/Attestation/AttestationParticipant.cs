using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Rules;

namespace ComplianceBot.Domain.Attestation;

/// <summary>
/// One employee in a campaign's scope and their answer (Reg. 14.12). A row of its own, not a child
/// loaded with the campaign, because a campaign may hold tens of thousands of them.
/// </summary>
public sealed class AttestationParticipant : AuditedAggregate
{
    public static readonly DomainRule AnswerIsGivenOnce = new(nameof(AnswerIsGivenOnce), "14.12", DomainMessageKeys.AttestationAlreadyAnswered);
    public static readonly DomainRule OnlyThePersonAnswers = new(nameof(OnlyThePersonAnswers), "14.12", DomainMessageKeys.AttestationNotYours);

    private AttestationParticipant()
    {
        EmployeeAadObjectId = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid CampaignId { get; private set; }
    public string EmployeeAadObjectId { get; private set; }

    /// <summary>The department when the campaign started, so progress by department does not shift with later moves.</summary>
    public string? Department { get; private set; }
    public AttestationResponse Response { get; private set; }
    public DateTimeOffset? RespondedAt { get; private set; }

    /// <summary>The conflict-of-interest declaration's register number (C-yyyy-nnnn) when the answer is Declared.</summary>
    public string? DeclarationNumber { get; private set; }
    public int ReminderCount { get; private set; }
    public DateTimeOffset? LastReminderAt { get; private set; }

    public static AttestationParticipant Enrol(AttestationCampaign campaign, Employee employee)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(employee);
        return new AttestationParticipant
        {
            Id = Guid.NewGuid(),
            CampaignId = campaign.Id,
            EmployeeAadObjectId = employee.AadObjectId,
            Department = employee.Department,
            Response = AttestationResponse.None,
        };
    }

    /// <summary>
    /// "I have no conflict of interest". Given once: a second answer is refused, not silently
    /// overwritten (decision 081); the bot shows the recorded answer instead.
    /// </summary>
    public void AnswerNoConflict(AttestationCampaign campaign, string actorAadObjectId, DateTimeOffset now)
    {
        EnsureMayAnswer(campaign, actorAadObjectId);
        if (Response != AttestationResponse.None)
        {
            throw AnswerIsGivenOnce.Refusal();
        }

        Response = AttestationResponse.NoConflict;
        RespondedAt = now.ToUniversalTime();
        Audit(actorAadObjectId, "AttestationNoConflict", Id.ToString(), $"campaign {CampaignId}", now);
    }

    /// <summary>
    /// The person filed a conflict declaration while the campaign was open. A declaration is new
    /// information, so it supersedes an earlier "no conflict" (Reg. 14.12: identify conflicts).
    /// </summary>
    public void RecordDeclaration(AttestationCampaign campaign, string declarationNumber, DateTimeOffset filedAt)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        campaign.EnsureOpen();
        if (Response == AttestationResponse.Declared)
        {
            throw AnswerIsGivenOnce.Refusal();
        }

        Response = AttestationResponse.Declared;
        RespondedAt = filedAt.ToUniversalTime();
        DeclarationNumber = Guard.Text(declarationNumber, 20, nameof(DeclarationNumber));
        Audit(EmployeeAadObjectId, "AttestationDeclared", Id.ToString(), $"campaign {CampaignId}, declaration {DeclarationNumber}", filedAt);
    }

    /// <summary>Counts a reminder; returns its number, which names its outbox row so it is queued once.</summary>
    public int CountReminder(AttestationCampaign campaign, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        campaign.EnsureOpen();
        if (Response != AttestationResponse.None)
        {
            throw AnswerIsGivenOnce.Refusal();
        }

        ReminderCount++;
        LastReminderAt = now.ToUniversalTime();
        return ReminderCount;
    }

    private void EnsureMayAnswer(AttestationCampaign campaign, string actorAadObjectId)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        if (campaign.Id != CampaignId)
        {
            throw new ArgumentException("The participant belongs to another campaign.", nameof(campaign));
        }

        campaign.EnsureOpen();
        if (!string.Equals(actorAadObjectId, EmployeeAadObjectId, StringComparison.Ordinal))
        {
            throw OnlyThePersonAnswers.Refusal();
        }
    }
}
