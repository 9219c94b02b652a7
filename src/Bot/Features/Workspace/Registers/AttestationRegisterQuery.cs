using ComplianceBot.Bot.Features.Administration;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Attestation;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Features.Workspace.Registers;

/// <summary>A campaign for the chooser, newest first.</summary>
public sealed record CampaignChoice(Guid Id, int Year, CampaignStatus Status, DateTimeOffset StartedAt, DateTimeOffset? ClosedAt);

/// <summary>One participant of a campaign as the register page and the export show them.</summary>
public sealed record AttestationRow(
    Guid Id, string EmployeeAadObjectId, string? Department, AttestationResponse Response, DateTimeOffset? RespondedAt, string? DeclarationNumber,
    int ReminderCount, DateTimeOffset? LastReminderAt, bool Left)
{
    public ParticipantState State => Response switch
    {
        AttestationResponse.NoConflict => ParticipantState.NoConflict,
        AttestationResponse.Declared => ParticipantState.Declared,
        _ => Left ? ParticipantState.Leaver : ParticipantState.Outstanding,
    };

    public DepartmentKey Key => new(Department, Id);
}

/// <summary>
/// The attestation register (Reg. 14.12) for the officer's page and export (decision 145): one campaign's participants,
/// filtered by state, department (as recorded at enrolment) and name, ordered by (Department, Id) — the
/// <c>(CampaignId, Department, Id)</c> and <c>(CampaignId, Response, Department, Id)</c> indexes. Reads only.
/// </summary>
public sealed class AttestationRegisterQuery(RegistersDbContext db, RegisterQuery declarations, RegisterClock clock)
{
    public static KeysetOrder<AttestationParticipant, DepartmentKey> Order { get; } = new(
        q => q.OrderBy(p => p.Department).ThenBy(p => p.Id),
        q => q.OrderByDescending(p => p.Department).ThenByDescending(p => p.Id),
        // No department sorts first (as SQLite and SQL Server put NULL); a comparison with NULL is never true.
        k => k.Department == null
            ? p => p.Department != null || p.Id.CompareTo(k.Id) > 0
            : p => p.Department!.CompareTo(k.Department) > 0 || (p.Department == k.Department && p.Id.CompareTo(k.Id) > 0),
        k => k.Department == null
            ? p => p.Department == null && p.Id.CompareTo(k.Id) < 0
            : p => p.Department == null || p.Department!.CompareTo(k.Department) < 0 || (p.Department == k.Department && p.Id.CompareTo(k.Id) < 0));

    public async Task<IReadOnlyList<CampaignChoice>> CampaignsAsync(CancellationToken ct) =>
        await db.AttestationCampaigns.AsNoTracking().OrderByDescending(c => c.Year).ThenByDescending(c => c.StartedAt)
            .Select(c => new CampaignChoice(c.Id, c.Year, c.Status, c.StartedAt, c.ClosedAt)).ToListAsync(ct);

    /// <summary>The departments the campaign's participants were in (the campaign's index), for the filter's list.</summary>
    public async Task<IReadOnlyList<string>> DepartmentsAsync(Guid campaign, CancellationToken ct) =>
        await db.AttestationParticipants.AsNoTracking().Where(p => p.CampaignId == campaign && p.Department != null)
            .Select(p => p.Department!).Distinct().OrderBy(d => d).ToListAsync(ct);

    public Task<KeysetPage<AttestationRow>> PageAsync(Guid campaign, AttestationView view, int size, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(view);
        var request = new KeysetRequest<DepartmentKey>(view.Descending, view.Before ?? view.After, view.Before is not null, size);
        return Keyset.PageAsync(Filtered(campaign, view), Order, Row(), request, ct);
    }

    public async Task<IReadOnlyList<AttestationRow>> RowsAsync(Guid campaign, AttestationView view, CancellationToken ct) =>
        await Order.Ascending(Filtered(campaign, view)).Select(Row()).ToListAsync(ct);

    private IQueryable<AttestationParticipant> Filtered(Guid campaign, AttestationView view)
    {
        var leavers = db.LeaverIds(clock.Today);
        var query = db.AttestationParticipants.AsNoTracking().Where(p => p.CampaignId == campaign);
        query = view.State switch
        {
            ParticipantState.NoConflict => query.Where(p => p.Response == AttestationResponse.NoConflict),
            ParticipantState.Declared => query.Where(p => p.Response == AttestationResponse.Declared),
            ParticipantState.Outstanding => query.Where(p => p.Response == AttestationResponse.None && !leavers.Contains(p.EmployeeAadObjectId)),
            ParticipantState.Leaver => query.Where(p => p.Response == AttestationResponse.None && leavers.Contains(p.EmployeeAadObjectId)),
            _ => query,
        };
        query = view.Department is { } department ? query.Where(p => p.Department == department) : query;
        if (view.Search is { } search)
        {
            var named = declarations.NamedLike(search);
            query = query.Where(p => named.Contains(p.EmployeeAadObjectId));
        }

        return query;
    }

    private System.Linq.Expressions.Expression<Func<AttestationParticipant, AttestationRow>> Row()
    {
        var leavers = db.LeaverIds(clock.Today);
        return p => new AttestationRow(p.Id, p.EmployeeAadObjectId, p.Department, p.Response, p.RespondedAt, p.DeclarationNumber,
            p.ReminderCount, p.LastReminderAt, leavers.Contains(p.EmployeeAadObjectId));
    }
}
