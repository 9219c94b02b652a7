using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Reports;

/// <summary>
/// "Check my report": opens a case by code and passphrase from any account. A wrong code and a wrong
/// passphrase give the same answer after the same work, so neither reveals whether a case exists.
/// Rate limiting and lockout belong to the caller (issue 5).
/// </summary>
public sealed class ReportFollowUp(RegistersDbContext db, PassphraseHasher hasher, RegisterClock clock)
{
    public async Task<ConfidentialReport?> OpenAsync(string caseCode, string passphrase, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(passphrase);
        var normalized = Reports.CaseCode.Normalize(caseCode);
        // Stryker disable once Conditional : equivalent — a null code matches no report (CaseCode is required), so the query also gives null
        var report = normalized is null
            ? null
            : await db.ConfidentialReports.SingleOrDefaultAsync(r => r.CaseCode == normalized, ct);
        if (report is null)
        {
            // Stryker disable once Statement : timing only — the equal PBKDF2 work hides whether a code exists; no result changes
            hasher.SpendEquivalentWork(passphrase);
            return null;
        }

        if (!hasher.Verify(passphrase, report.PassphraseHash))
        {
            return null;
        }

        report.RecordReporterAccess(clock);
        await db.SaveChangesAsync(ct);
        return report;
    }
}
