using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Reports;

/// <summary>
/// Unseals a named reporter's identity for the officer assigned to the case, and for nobody else
/// (Reg. 23.2). The audit entry is saved before the identity is returned, so no read goes unrecorded.
/// </summary>
public sealed class ReporterIdentityReader(RegistersDbContext db, OfficerRoster roster, IdentitySealer sealer, RegisterClock clock)
{
    public async Task<ReporterIdentity> ReadAsync(Guid reportId, string officerAadObjectId, CancellationToken ct = default)
    {
        var officer = await roster.RequireActiveAsync(officerAadObjectId, ct);
        var report = await db.ConfidentialReports.SingleAsync(r => r.Id == reportId, ct);
        report.RecordIdentityRead(officer, clock.Now);
        await db.SaveChangesAsync(ct);
        return sealer.Unseal(report.SealedIdentity!, report.Id);
    }
}
