using ComplianceBot.Bot.Features.Declarations;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;

namespace ComplianceBot.Bot.Features.Administration;

/// <summary>
/// The workspace's "Export to Excel" (decision 141): the register's current filter as a workbook, for an officer with a
/// current appointment (Reg. 6–7) signed in to the workspace, in the page's language; audited as the link's download
/// is (<c>RegisterExportDownloaded</c>, design.md decision 3), counted in the log without names.
/// </summary>
public sealed class RegisterExports(
    RegistersDbContext db, OfficerRoster roster, RegisterClock clock, RegisterQuery query, PeopleLookup people, RegisterWorkbook workbook, ILogger<RegisterExports> logger)
{
    public const string AuditEntity = "WorkspaceRegisterExport";

    public async Task<byte[]> WriteAsync(string officerAadObjectId, RegisterFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var officer = await roster.RequireActiveAsync(officerAadObjectId, cancellationToken);
        var rows = await query.RowsAsync(filter, cancellationToken);
        var persons = await people.FindAsync(rows.Select(r => r.DeclarantAadObjectId), cancellationToken);
        var file = workbook.Write(rows, persons);
        db.RecordAudit(new PendingAudit(officer.AadObjectId, "RegisterExportDownloaded", AuditEntity, filter.Type?.ToString() ?? "All",
            $"{ExportLinks.Describe(filter)}, search {(string.IsNullOrEmpty(filter.Search) ? "none" : "set")}, rows {rows.Count}", clock.Now));
        await db.SaveChangesAsync(cancellationToken);
        AdministrationLog.Exported(logger, filter.Type, rows.Count);
        return file;
    }
}
