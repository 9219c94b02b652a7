using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Tests.Audit;

// Regulation invariant 4 (nothing filed is ever lost); decision 120, changed after review: a report deleted with its
// audit entries after the last published head leaves the chain consistent, but its register number is missing.
public sealed class AuditNumberingTests : RegisterTestBase
{
    [Fact]
    public async Task VerifyAsync_LastReportDeletedWithItsAuditEntries_NamesItsNumber()
    {
        await FileReportsAsync(2);
        long lastBefore;
        await using (var db = Database.CreateContext())
        {
            lastBefore = await db.AuditEntries.MaxAsync(e => e.Sequence);
        }

        var last = Upper((await FileReportsAsync(1))[0]);
        await ExecuteAsync(
            "PRAGMA foreign_keys = OFF; " +
            $"DELETE FROM ReportTransitions WHERE ReportId = '{last}'; DELETE FROM ReportPersonsConcerned WHERE ReportId = '{last}'; " +
            $"DELETE FROM ReportMessages WHERE ReportId = '{last}'; DELETE FROM ConfidentialReports WHERE Id = '{last}'; " +
            $"DELETE FROM AuditEntries WHERE Sequence > {lastBefore};");

        var result = await VerifyAsync();

        Assert.Equal(AuditFinding.MissingNumber, result.Finding);
        Assert.Equal("ConfidentialReports", result.Table);
        Assert.Equal("R-2026-0003", result.RowKey);
        Assert.Contains("no row numbered R-2026-0003", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_GapInReportNumbers_NamesTheMissingNumber()
    {
        var reports = await FileReportsAsync(3);
        var middle = Upper(reports[1]);
        await ExecuteAsync(
            "PRAGMA foreign_keys = OFF; " +
            $"DELETE FROM ReportTransitions WHERE ReportId = '{middle}'; DELETE FROM ConfidentialReports WHERE Id = '{middle}';");

        var result = await VerifyAsync();

        Assert.Equal(AuditFinding.MissingNumber, result.Finding);
        Assert.Equal("R-2026-0002", result.RowKey);
    }

    [Fact]
    public async Task VerifyAsync_NumbersUpToTheCounter_IsIntact()
    {
        await FileReportsAsync(3);

        var result = await VerifyAsync();

        Assert.True(result.IsIntact, result.Problem);
    }

    private async Task<List<Guid>> FileReportsAsync(int count)
    {
        var ids = new List<Guid>();
        await using var db = Database.CreateContext();
        for (var i = 0; i < count; i++)
        {
            var filed = World.Intake.File(new ReportSubmission(ReportCategory.Bribery, "Cash in an envelope " + i, null, [], false), identity: null);
            db.ConfidentialReports.Add(filed.Report);
            await db.SaveChangesAsync();
            ids.Add(filed.Report.Id);
        }

        return ids;
    }

    private static string Upper(Guid id) => id.ToString().ToUpperInvariant();

    private async Task<AuditVerificationResult> VerifyAsync()
    {
        await using var db = Database.CreateContext();
        return await new AuditChainVerifier(db).VerifyAsync();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var db = Database.CreateContext();
        await db.Database.ExecuteSqlRawAsync(sql);
    }
}
