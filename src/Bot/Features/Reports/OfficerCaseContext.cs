using ComplianceBot.Bot.Cards.Model;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Resources.DomainRules;
using ComplianceBot.Bot.Resources.Reports;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ComplianceBot.Bot.Features.Reports;

/// <summary>What every officer action on a case needs: loading (with the Reg. 29 exclusion), saving, rendering.</summary>
internal sealed class OfficerCaseContext(
    RegistersDbContext db,
    OfficerRoster roster,
    CaseRecusal recusal,
    OfficerCaseScope scope,
    ReportNotices notices,
    OfficerCards cards,
    RegisterClock clock,
    OutboxSignal signal,
    DomainErrorText errors,
    IStringLocalizer<ReportStrings> text)
{
    public DomainErrorText Errors => errors;

    public RegistersDbContext Db => db;
    public RegisterClock Clock => clock;
    public ReportNotices Notices => notices;
    public IStringLocalizer<ReportStrings> Text => text;
    public CaseRecusal Recusal => recusal;

    public Task<ActiveOfficer> RequireOfficerAsync(string? aadObjectId, CancellationToken ct) =>
        roster.RequireActiveAsync(aadObjectId ?? string.Empty, ct);

    /// <summary>
    /// The report, or null when it does not exist, implicates the director who is asking (Reg. 29), or is an anonymous
    /// report whose filing notices are still held for their release moment (Reg. 23.2; decision 119).
    /// </summary>
    public async Task<ConfidentialReport?> LoadAsync(Guid id, ActiveOfficer officer, CancellationToken ct)
    {
        var report = await db.ConfidentialReports.SingleOrDefaultAsync(r => r.Id == id, ct);
        return report is null || await scope.IsHiddenAsync(report, officer.AadObjectId, ct) ? null : report;
    }

    /// <summary>
    /// Null when <paramref name="officer"/> may see and act on the case: its handler, or — while the case waits for a
    /// handler — an officer who may handle it (Reg. 24.1, 24.2, 24.6). Otherwise the refusal, shown without the case:
    /// an officer named in a report does not read it (decision 118).
    /// </summary>
    public async Task<DomainRuleException?> AccessRefusalAsync(ConfidentialReport report, ActiveOfficer officer, CancellationToken ct) =>
        await scope.RefusalAsync(report, officer.AadObjectId, ct) is { } rule ? rule.Refusal() : null;

    /// <summary>No handler, or a handler whose appointment is no longer current (Reg. 15, 17).</summary>
    public Task<bool> HandlerGoneAsync(ConfidentialReport report, CancellationToken ct) => recusal.HandlerGoneAsync(report, ct);

    /// <summary>The cases <paramref name="officer"/> may open, as one query (decision 144): what this class's rule opens, case by case.</summary>
    public Task<IQueryable<ConfidentialReport>> ScopeAsync(ActiveOfficer officer, CancellationToken ct) => scope.ForAsync(officer.AadObjectId, ct);

    public Task<Investigation?> InvestigationAsync(Guid reportId, CancellationToken ct) =>
        db.Investigations.Include(i => i.Assignments).SingleOrDefaultAsync(i => i.ReportId == reportId, ct);

    public async Task SaveAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        signal.Notify();
    }

    public async Task<AdaptiveCard> RenderAsync(ConfidentialReport report, ActiveOfficer officer, string? notice, bool isError, CancellationToken ct)
    {
        var investigation = await InvestigationAsync(report.Id, ct);
        var explanations = await db.Set<ExplanationRequest>().AsNoTracking().Where(e => e.ReportId == report.Id).ToListAsync(ct);
        await AuditReadAsync(report, officer, explanations, ct);
        var assigned = report.AssignedOfficerAadObjectId == officer.AadObjectId;
        return cards.Case(report, investigation, explanations.OrderBy(e => e.RequestedAt).ToList(),
            assigned, notice, isError, await HandoverAsync(report, assigned, ct));
    }

    /// <summary>What the case card offers about its handler: the eligible successors, or taking over (decision 118).</summary>
    internal async Task<CaseHandover> HandoverAsync(ConfidentialReport report, bool viewerIsAssigned, CancellationToken ct)
    {
        if (report.Status is ReportStatus.Received or ReportStatus.Closed)
        {
            return CaseHandover.None;
        }

        if (!viewerIsAssigned)
        {
            return await HandlerGoneAsync(report, ct) ? new CaseHandover(true, []) : CaseHandover.None;
        }

        var successors = (await recusal.EligibleHandlersAsync(report, ct)).Where(o => o != report.AssignedOfficerAadObjectId).ToList();
        var names = await db.Employees.AsNoTracking().Where(e => successors.Contains(e.AadObjectId))
            .ToDictionaryAsync(e => e.AadObjectId, e => e.DisplayName, ct);
        return new CaseHandover(false, [.. successors.Select(o => new OfficerChoice(o, names.GetValueOrDefault(o) ?? o))]);
    }

    /// <summary>
    /// Every read of a case by an officer is audited with who and when (design.md, decision 3; regulation invariant 4),
    /// and each explanation answer shown with it (Reg. 22.4). Officers only: no employee's turn writes this.
    /// </summary>
    internal async Task AuditReadAsync(ConfidentialReport report, ActiveOfficer officer, IReadOnlyList<ExplanationRequest> explanations, CancellationToken ct)
    {
        var now = clock.Now;
        db.RecordAudit(new PendingAudit(officer.AadObjectId, AuditedReads.CaseRead, nameof(ConfidentialReport), report.Id.ToString(), null, now));
        foreach (var answered in explanations.Where(e => e.Answer is not null))
        {
            db.RecordAudit(new PendingAudit(officer.AadObjectId, AuditedReads.ExplanationAnswerRead, nameof(ExplanationRequest), answered.Id.ToString(), null, now));
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>An employee by Entra object id, or by exact display name when that is unique.</summary>
    public async Task<Employee?> FindEmployeeAsync(string? idOrName, CancellationToken ct)
    {
        var value = idOrName?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var byId = await db.Employees.AsNoTracking().FirstOrDefaultAsync(e => e.AadObjectId == value, ct);
        if (byId is not null)
        {
            return byId;
        }

        var byName = await db.Employees.AsNoTracking().Where(e => e.DisplayName == value).Take(2).ToListAsync(ct);
        return byName.Count == 1 ? byName[0] : null;
    }

    public AdaptiveCard Message(string value) => CardParts.Card(CardParts.Paragraph(value, color: TextColor.Attention));
}
