using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Attestation;

/// <summary>
/// The attestation register's use cases (Reg. 14.12). Methods add or change rows but do not save, so the
/// caller commits them with its outbox rows in one SaveChangesAsync (decision 004).
/// </summary>
public sealed class AttestationRegister(RegistersDbContext db, OfficerRoster roster, RegisterClock clock)
{
    public static readonly DomainRule AttestationIsForThoseInScope = new(nameof(AttestationIsForThoseInScope), "14.12", DomainMessageKeys.AttestationNotInScope);

    /// <summary>Opens a campaign and enrols everyone in scope who has not left, from the Employee register as it is now.</summary>
    public async Task<(AttestationCampaign Campaign, IReadOnlyList<AttestationParticipant> Participants)> StartAsync(
        string officerAadObjectId, int year, IReadOnlyCollection<string>? departments, CancellationToken ct = default)
    {
        var officer = await roster.RequireActiveAsync(officerAadObjectId, ct);
        var alreadyOpen = await db.AttestationCampaigns.AnyAsync(c => c.OpenYear == year, ct);
        var campaign = AttestationCampaign.Start(officer, year, departments, alreadyOpen, clock.Now);
        var employees = db.Employees.AsNoTracking().ActiveOn(clock.Today);
        if (!campaign.IsEveryone)
        {
            var scope = campaign.Departments;
            employees = employees.Where(e => e.Department != null && scope.Contains(e.Department));
        }

        var participants = (await employees.OrderBy(e => e.AadObjectId).ToListAsync(ct))
            .Select(e => AttestationParticipant.Enrol(campaign, e))
            .ToList();
        db.AttestationCampaigns.Add(campaign);
        db.AttestationParticipants.AddRange(participants);
        return (campaign, participants);
    }

    /// <summary>Closes a campaign, first recording declarations filed while it was open.</summary>
    public async Task<AttestationCampaign> CloseAsync(string officerAadObjectId, Guid campaignId, CancellationToken ct = default)
    {
        var officer = await roster.RequireActiveAsync(officerAadObjectId, ct);
        var campaign = await FindAsync(campaignId, ct);
        await ReconcileDeclarationsAsync(campaign, ct);
        campaign.Close(officer, clock.Now);
        return campaign;
    }

    public async Task<AttestationParticipant> AnswerNoConflictAsync(string employeeAadObjectId, Guid campaignId, CancellationToken ct = default)
    {
        var campaign = await FindAsync(campaignId, ct);
        var participant = await FindParticipantAsync(campaignId, employeeAadObjectId, ct);
        participant.AnswerNoConflict(campaign, employeeAadObjectId, clock.Now);
        return participant;
    }

    public async Task<AttestationParticipant> FindParticipantAsync(Guid campaignId, string employeeAadObjectId, CancellationToken ct = default) =>
        await db.AttestationParticipants.SingleOrDefaultAsync(p => p.CampaignId == campaignId && p.EmployeeAadObjectId == employeeAadObjectId, ct)
        ?? throw AttestationIsForThoseInScope.Refusal();

    public async Task<AttestationCampaign> FindAsync(Guid campaignId, CancellationToken ct = default) =>
        await db.AttestationCampaigns.SingleOrDefaultAsync(c => c.Id == campaignId, ct)
        ?? throw AttestationIsForThoseInScope.Refusal();

    public Task<List<AttestationCampaign>> OpenCampaignsAsync(CancellationToken ct = default) =>
        db.AttestationCampaigns.Where(c => c.Status == CampaignStatus.Open).OrderBy(c => c.Year).ToListAsync(ct);

    /// <summary>
    /// Marks as Declared everyone in an open campaign who has filed a conflict-of-interest declaration since it
    /// started. The declaration flow need not know about campaigns: the campaign looks for declarations itself.
    /// </summary>
    public async Task<int> ReconcileDeclarationsAsync(AttestationCampaign campaign, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        if (campaign.Status != CampaignStatus.Open)
        {
            return 0;
        }

        var (id, start) = (campaign.Id, campaign.StartedAt);
        var found = await (
            from p in db.AttestationParticipants
            where p.CampaignId == id && p.Response != AttestationResponse.Declared
            join d in db.ConflictDeclarations on p.EmployeeAadObjectId equals d.DeclarantAadObjectId
            where d.FiledAt >= start && d.Number != null
            select new { Participant = p, d.Number, d.FiledAt }).ToListAsync(ct);
        foreach (var first in found.GroupBy(f => f.Participant.Id).Select(g => g.OrderBy(f => f.FiledAt).First()))
        {
            first.Participant.RecordDeclaration(campaign, first.Number!, first.FiledAt);
        }

        return found.Select(f => f.Participant.Id).Distinct().Count();
    }

    public async Task<AttestationProgress> ProgressAsync(AttestationCampaign campaign, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var id = campaign.Id;
        var counts = await db.AttestationParticipants.AsNoTracking()
            .Where(p => p.CampaignId == id)
            .GroupBy(p => new { p.Department, p.Response })
            .Select(g => new { g.Key.Department, g.Key.Response, Count = g.Count() })
            .ToListAsync(ct);
        static AttestationTally Tally(IEnumerable<(AttestationResponse Response, int Count)> rows) => new(
            rows.Where(r => r.Response == AttestationResponse.NoConflict).Sum(r => r.Count),
            rows.Where(r => r.Response == AttestationResponse.Declared).Sum(r => r.Count),
            rows.Where(r => r.Response == AttestationResponse.None).Sum(r => r.Count));
        var overall = Tally(counts.Select(c => (c.Response, c.Count)));
        var byDepartment = counts.GroupBy(c => c.Department)
            .Select(g => (g.Key, Tally(g.Select(c => (c.Response, c.Count)))))
            .OrderByDescending(d => d.Item2.Outstanding).ThenBy(d => d.Key, StringComparer.Ordinal)
            .ToList();
        return new AttestationProgress(campaign, overall, byDepartment);
    }

    /// <summary>Outstanding participants, not left since enrolment, whose last reminder (or the start) is at least <paramref name="interval"/> ago.</summary>
    public async Task<List<AttestationParticipant>> DueForReminderAsync(
        AttestationCampaign campaign, TimeSpan interval, int maxReminders, int take, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var dueBefore = clock.Now - interval;
        if (campaign.Status != CampaignStatus.Open || campaign.StartedAt > dueBefore)
        {
            return [];
        }

        var id = campaign.Id;
        var leavers = db.LeaverIds(clock.Today);
        return await db.AttestationParticipants
            .Where(p => p.CampaignId == id && p.Response == AttestationResponse.None && p.ReminderCount < maxReminders
                && (p.LastReminderAt == null || p.LastReminderAt <= dueBefore) && !leavers.Contains(p.EmployeeAadObjectId))
            .OrderBy(p => p.EmployeeAadObjectId)
            .Take(take)
            .ToListAsync(ct);
    }
}
