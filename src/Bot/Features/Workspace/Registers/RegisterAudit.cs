using ComplianceBot.Bot.Features.Administration;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;

namespace ComplianceBot.Bot.Features.Workspace.Registers;

/// <summary>
/// Who read or exported which register with which filter (design.md decision 3): a register page's read is audited as
/// the registers card's is (<c>RegistersRead</c>), an export as the gift/conflict export is (<c>RegisterExportDownloaded</c>,
/// after the appointment is checked again, Reg. 6–7). The filter is described by its shape, never by the typed text.
/// </summary>
public sealed class RegisterAudit(RegistersDbContext db, OfficerRoster roster, RegisterClock clock)
{
    public async Task ReadAsync(string officerAadObjectId, string register, string filter, int rows, CancellationToken ct)
    {
        db.RecordAudit(new PendingAudit(officerAadObjectId, AuditedReads.RegistersRead, "Registers", register, $"{filter}, workspace page, rows {rows}", clock.Now));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Refuses (a <see cref="DomainRuleException"/>) anyone without a current appointment, before anything is read.</summary>
    public async Task<string> RequireOfficerAsync(string officerAadObjectId, CancellationToken ct) =>
        (await roster.RequireActiveAsync(officerAadObjectId, ct)).AadObjectId;

    public async Task ExportedAsync(string officerAadObjectId, string register, string filter, int rows, CancellationToken ct)
    {
        db.RecordAudit(new PendingAudit(officerAadObjectId, "RegisterExportDownloaded", RegisterExports.AuditEntity, register, $"{filter}, rows {rows}", clock.Now));
        await db.SaveChangesAsync(ct);
    }
}
