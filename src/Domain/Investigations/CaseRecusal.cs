using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using ComplianceBot.Domain.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Investigations;

/// <summary>
/// Who may take part in a case — as its handling officer or as an investigator (regulation invariant 3; decision 118).
/// The one home of the recusal rules, checked in this order: a person concerned (Reg. 24.2; the director too, where the
/// report implicates the director, Reg. 29), part in the case's process within three years (Reg. 24.1), a declared
/// conflict touching the process or a person concerned (Reg. 24.6). The case's processes are the one the reporter
/// named and the one the investigation was opened on.
/// </summary>
public sealed class CaseRecusal(RegistersDbContext db, RegisterClock clock, OfficerRoster roster, IOptions<OrganizationOptions> organization)
{
    /// <summary>The first rule that keeps <paramref name="person"/> out of the case in <paramref name="role"/>, or null.</summary>
    public async Task<DomainRule?> FindAsync(
        ConfidentialReport report, string person, CaseRole role, string? extraProcessKey = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(person);
        var facts = await FactsAsync(person, ct);
        return facts.FirstRule(report, await ProcessKeysAsync(report, extraProcessKey, ct), role);
    }

    /// <summary>What the rules know about <paramref name="person"/> today (<see cref="RecusalFacts"/>).</summary>
    public Task<RecusalFacts> FactsAsync(string person, CancellationToken ct = default) =>
        RecusalFacts.LoadAsync(db, person, clock.Today, organization.Value.DirectorAadObjectId, ct);

    /// <summary>Refuses with the rule and its clause when <see cref="FindAsync"/> finds one.</summary>
    public async Task EnsureMayTakePartAsync(
        ConfidentialReport report, string person, CaseRole role, string? extraProcessKey = null, CancellationToken ct = default)
    {
        if (await FindAsync(report, person, role, extraProcessKey, ct) is { } rule)
        {
            throw rule.Refusal();
        }
    }

    /// <summary>Vets <paramref name="officer"/> as the handling officer; the clearance is what acknowledging or taking over needs.</summary>
    public async Task<CaseHandlerClearance> ClearHandlerAsync(ConfidentialReport report, ActiveOfficer officer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(officer);
        await EnsureMayTakePartAsync(report, officer.AadObjectId, CaseRole.HandlingOfficer, null, ct);
        return new CaseHandlerClearance(report.Id, officer, await HandlerGoneAsync(report, ct));
    }

    /// <summary>No handler, or a handler whose appointment is no longer current (Reg. 15, 17).</summary>
    public async Task<bool> HandlerGoneAsync(ConfidentialReport report, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.AssignedOfficerAadObjectId is not { } assigned
            || (await roster.GetActiveAsync(clock.Now, ct)).All(a => a.OfficerAadObjectId != assigned);
    }

    /// <summary>Vets another active officer as the successor of the handler (reassignment: recusal, absence, a term that ends).</summary>
    public async Task<CaseHandlerClearance> ClearSuccessorAsync(ConfidentialReport report, string successorAadObjectId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var successor = await roster.RequireActiveAsync(successorAadObjectId, ct);
        await EnsureMayTakePartAsync(report, successor.AadObjectId, CaseRole.HandlingOfficer, null, ct);
        return new CaseHandlerClearance(report.Id, successor, false);
    }

    /// <summary>The officers with a current appointment who may handle <paramref name="report"/>, in a stable order.</summary>
    public async Task<IReadOnlyList<string>> EligibleHandlersAsync(ConfidentialReport report, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var eligible = new List<string>();
        foreach (var officer in (await roster.GetActiveAsync(clock.Now, ct)).Select(a => a.OfficerAadObjectId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (await FindAsync(report, officer, CaseRole.HandlingOfficer, null, ct) is null)
            {
                eligible.Add(officer);
            }
        }

        return eligible;
    }

    private async Task<List<string>> ProcessKeysAsync(ConfidentialReport report, string? extra, CancellationToken ct)
    {
        var keys = await db.Investigations.AsNoTracking().Where(i => i.ReportId == report.Id).Select(i => i.ProcessKey).ToListAsync(ct);
        keys.AddRange(new[] { report.ProcessKey, extra }.OfType<string>());
        return keys.Distinct(StringComparer.Ordinal).ToList();
    }
}

/// <summary>
/// Proof that an officer passed the recusal rules for one report (Reg. 24.1, 24.2, 24.6). Only <see cref="CaseRecusal"/>
/// issues it, so acknowledging, taking over or receiving a case cannot skip the vetting.
/// </summary>
public sealed class CaseHandlerClearance
{
    internal CaseHandlerClearance(Guid reportId, ActiveOfficer officer, bool handlerGone)
    {
        ReportId = reportId;
        Officer = officer;
        HandlerGone = handlerGone;
    }

    public Guid ReportId { get; }

    public ActiveOfficer Officer { get; }

    /// <summary>When vetted, the report had no handler holding a current appointment (none yet, stood aside, or term ended).</summary>
    public bool HandlerGone { get; }
}
