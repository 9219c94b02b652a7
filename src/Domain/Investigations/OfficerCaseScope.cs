using System.Linq.Expressions;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using ComplianceBot.Domain.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain.Investigations;

/// <summary>
/// Which cases an officer may open (decisions 118, 119, 144): the rule of one case — <see cref="IsHiddenAsync"/>, then
/// <see cref="RefusalAsync"/>, which the case card and every case route ask — and the same rule as one query over the
/// register (<see cref="ForAsync"/>), for the inbox, the panel and the reminders. A case is open to an officer when it
/// is not hidden from them — a report implicating the director who asks (Reg. 29), an anonymous report whose filing
/// notices are still held (Reg. 23.2) — and it is theirs, or it waits for a handler (received, or its handler holds no
/// current appointment) and the recusal rules let them take it (Reg. 24.1, 24.2, 24.6: <see cref="RecusalFacts"/>).
/// </summary>
public sealed class OfficerCaseScope(
    RegistersDbContext db, RegisterClock clock, OfficerRoster roster, CaseRecusal recusal, IOptions<OrganizationOptions> organization)
{
    /// <summary>Hidden from <paramref name="officer"/>: it implicates them as director (Reg. 29), or it is anonymous and held (Reg. 23.2).</summary>
    public async Task<bool> IsHiddenAsync(ConfidentialReport report, string officer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        return DirectorVisibility.HidesFrom(report, officer, organization.Value.DirectorAadObjectId)
            || (report.IsAnonymous && await HeldReports.IsHeldAsync(db, report.Id, clock.Now, ct));
    }

    /// <summary>
    /// Null when <paramref name="officer"/> may open a case that is not hidden from them: its handler, or — while the case
    /// waits for a handler — an officer the recusal rules let handle it. Otherwise the rule that refuses.
    /// </summary>
    public async Task<DomainRule?> RefusalAsync(ConfidentialReport report, string officer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.AssignedOfficerAadObjectId == officer)
        {
            return null;
        }

        return report.Status == ReportStatus.Received || await recusal.HandlerGoneAsync(report, ct)
            ? await recusal.FindAsync(report, officer, CaseRole.HandlingOfficer, null, ct)
            : ConfidentialReport.OnlyAssignedOfficerHandlesReport;
    }

    /// <summary>
    /// The cases <paramref name="officer"/> may open, as a query (no tracking, no auto-includes): exactly the reports
    /// for which <see cref="IsHiddenAsync"/> is false and <see cref="RefusalAsync"/> null. The officer's own rows are
    /// read first (<see cref="RecusalFacts"/>), the rest is SQL, but for the name rules, checked exactly on the few
    /// names that may match (decision 144).
    /// </summary>
    public async Task<IQueryable<ConfidentialReport>> ForAsync(string officer, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(officer);
        var facts = await recusal.FactsAsync(officer, ct);
        var now = clock.Now;
        var active = (await roster.GetActiveAsync(now, ct)).Select(a => a.OfficerAadObjectId).Distinct(StringComparer.Ordinal).ToList();
        var held = (await HeldReports.AtAsync(db, now, ct)).ToList();
        var visible = Reports().Where(r => !(r.IsAnonymous && held.Contains(r.Id)));
        if (facts.IsDirector)
        {
            visible = visible.Where(DirectorVisibility.MayReachDirector);
        }

        Expression<Func<ConfidentialReport, bool>> own = r => r.AssignedOfficerAadObjectId == officer;
        Expression<Func<ConfidentialReport, bool>> waiting = r => r.Status == ReportStatus.Received
            || r.AssignedOfficerAadObjectId == null || !active.Contains(r.AssignedOfficerAadObjectId);
        var clear = Clear(facts);
        var named = await NamedAsync(visible.Where(r => r.AssignedOfficerAadObjectId != officer).Where(waiting).Where(clear), facts, ct);
        Expression<Func<ConfidentialReport, bool>> notNamed = r => !named.Contains(r.Id);
        return visible.Where(Or(own, And(And(waiting, clear), notNamed)));
    }

    /// <summary>
    /// The cases the recusal rules let <paramref name="person"/> handle, as a query: exactly the reports for which
    /// <see cref="CaseRecusal.FindAsync"/> finds no rule for the handling officer (the reminders' eligible officers).
    /// </summary>
    public async Task<IQueryable<ConfidentialReport>> MayHandleAsync(string person, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(person);
        var facts = await recusal.FactsAsync(person, ct);
        var clear = Reports().Where(Clear(facts));
        var named = await NamedAsync(clear, facts, ct);
        return clear.Where(r => !named.Contains(r.Id));
    }

    private IQueryable<ConfidentialReport> Reports() => db.ConfidentialReports.AsNoTracking().IgnoreAutoIncludes();

    /// <summary>
    /// What SQL decides exactly: not named by their id (Reg. 24.2), not the director of a report implicating them
    /// (Reg. 29), none of the case's processes — the reporter's and the investigation's — among those they took part
    /// in within three years (Reg. 24.1) or declared a conflict on (Reg. 24.6).
    /// </summary>
    private Expression<Func<ConfidentialReport, bool>> Clear(RecusalFacts facts)
    {
        var person = facts.Person;
        var director = facts.IsDirector;
        var processes = facts.RecentProcesses.Concat(facts.ConflictProcesses).Distinct(StringComparer.Ordinal).ToList();
        var investigations = db.Investigations;
        return r => !r.PersonsConcerned.Any(p => p.AadObjectId == person)
            && !(director && r.DirectorImplicated)
            && (r.ProcessKey == null || !processes.Contains(r.ProcessKey))
            && !investigations.Any(i => i.ReportId == r.Id && processes.Contains(i.ProcessKey));
    }

    /// <summary>
    /// The name rules (Reg. 24.2 by name, Reg. 24.6 by related persons) cannot be SQL exactly: SQL finds the persons
    /// concerned that meet their necessary condition (<see cref="RecusalFacts.NameNeedles"/>), and the rules' own code
    /// decides each of those. Returns the reports the rules refuse.
    /// </summary>
    private static async Task<List<Guid>> NamedAsync(IQueryable<ConfidentialReport> reports, RecusalFacts facts, CancellationToken ct)
    {
        var needles = facts.NameNeedles;
        var keys = facts.RelatedKeys;
        if (needles.Count == 0 && keys.Count == 0)
        {
            return [];
        }

        var candidates = await reports.SelectMany(r => r.PersonsConcerned)
            .Where(p => needles.Any(n => (" " + p.NameKey + " ").Contains(n)) || keys.Any(k => k.Contains(p.NameKey)))
            .Select(p => new { p.ReportId, p.Name })
            .ToListAsync(ct);
        return [.. candidates.Where(p => facts.IsNamed(p.Name) || facts.ConflictNames(p.Name)).Select(p => p.ReportId).Distinct()];
    }

    private static Expression<Func<ConfidentialReport, bool>> And(Expression<Func<ConfidentialReport, bool>> a, Expression<Func<ConfidentialReport, bool>> b) =>
        Expression.Lambda<Func<ConfidentialReport, bool>>(Expression.AndAlso(a.Body, Rebind(b, a)), a.Parameters);

    private static Expression<Func<ConfidentialReport, bool>> Or(Expression<Func<ConfidentialReport, bool>> a, Expression<Func<ConfidentialReport, bool>> b) =>
        Expression.Lambda<Func<ConfidentialReport, bool>>(Expression.OrElse(a.Body, Rebind(b, a)), a.Parameters);

    private static Expression Rebind(Expression<Func<ConfidentialReport, bool>> lambda, Expression<Func<ConfidentialReport, bool>> to) =>
        ReplacingExpressionVisitor.Replace(lambda.Parameters[0], to.Parameters[0], lambda.Body);
}
