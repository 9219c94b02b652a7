using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.Investigations;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Domain.Tests.Audit;

// Regulation invariant 4 (nothing filed is silently changed), Reg. 24.1-24.2 (only a vetted handler), Reg. 22.4 (the
// employee's explanation); decision 120, changed after review: register-state columns are inside the row digest and
// every legitimate change records the row's new digest, so an edit by SQL is named and an application change is not.
public sealed class AuditStateColumnsTests : RegisterTestBase
{
    private const string EmployeeId = "aad-employee-7";

    [Fact]
    public async Task VerifyAsync_HandlerColumnEditedWithRawSql_NamesTheReport()
    {
        var (report, _) = await AcknowledgedReportAsync();
        await ExecuteAsync($"UPDATE ConfidentialReports SET AssignedOfficerAadObjectId = '{TestWorld.OfficerB}' WHERE Id = '{Upper(report)}'");

        var result = await VerifyAsync();

        Assert.Equal(AuditFinding.EditedRow, result.Finding);
        Assert.Equal("ConfidentialReports", result.Table);
        Assert.Equal(report.ToString(), result.RowKey);
        Assert.Contains("was edited", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_ExplanationAnswerEditedWithRawSql_NamesTheExplanation()
    {
        var (_, explanation) = await AcknowledgedReportAsync(answered: true);
        await ExecuteAsync($"UPDATE ExplanationRequests SET Answer = 'I admit everything' WHERE Id = '{Upper(explanation)}'");

        var result = await VerifyAsync();

        Assert.Equal(AuditFinding.EditedRow, result.Finding);
        Assert.Equal("ExplanationRequests", result.Table);
        Assert.Equal(explanation.ToString(), result.RowKey);
    }

    [Fact]
    public async Task VerifyAsync_TerminatedOnClearedWithRawSql_NamesTheAppointment()
    {
        Guid appointment;
        await using (var db = Database.CreateContext())
        {
            var terminated = await db.OfficerAppointments.SingleAsync(a => a.OfficerAadObjectId == TestWorld.OfficerB);
            terminated.Terminate(World.Clock.Today, TestWorld.Director, World.Clock.Now);
            await db.SaveChangesAsync();
            appointment = terminated.Id;
        }

        await ExecuteAsync($"UPDATE OfficerAppointments SET TerminatedOn = NULL, TerminatedBy = NULL WHERE Id = '{Upper(appointment)}'");

        var result = await VerifyAsync();

        Assert.Equal(AuditFinding.EditedRow, result.Finding);
        Assert.Equal("OfficerAppointments", result.Table);
        Assert.Equal(appointment.ToString(), result.RowKey);
    }

    // A state column never changed by the application is covered from the row's first digest.
    [Fact]
    public async Task VerifyAsync_DirectorImplicatedFlagEditedOnAFreshReport_NamesTheReport()
    {
        var filed = World.Intake.File(new ReportSubmission(ReportCategory.Bribery, "Cash in an envelope", null, [], false), identity: null);
        await using (var db = Database.CreateContext())
        {
            db.ConfidentialReports.Add(filed.Report);
            await db.SaveChangesAsync();
        }

        await ExecuteAsync($"UPDATE ConfidentialReports SET DirectorImplicated = 1 WHERE Id = '{Upper(filed.Report.Id)}'");

        var result = await VerifyAsync();

        Assert.Equal(AuditFinding.EditedRow, result.Finding);
        Assert.Equal("ConfidentialReports", result.Table);
    }

    // Acknowledgement, an answer given and a termination are state changes made by the application: no alarm.
    [Fact]
    public async Task VerifyAsync_LegitimateStateChanges_AreIntactAndEachRecordedTheRowsNewDigest()
    {
        await AcknowledgedReportAsync(answered: true);
        await using (var db = Database.CreateContext())
        {
            var appointment = await db.OfficerAppointments.SingleAsync(a => a.OfficerAadObjectId == TestWorld.OfficerB);
            appointment.Terminate(World.Clock.Today, TestWorld.Director, World.Clock.Now);
            await db.SaveChangesAsync();
        }

        var result = await VerifyAsync();

        Assert.True(result.IsIntact, result.Problem);
        await using var read = Database.CreateContext();
        var updated = await read.AuditEntries.Where(e => e.Action == AuditEntry.RowUpdatedAction).Select(e => e.EntityType).ToListAsync();
        Assert.Contains("ConfidentialReports", updated);
        Assert.Contains("ExplanationRequests", updated);
        Assert.Contains("OfficerAppointments", updated);
    }

    private async Task<(Guid Report, Guid Explanation)> AcknowledgedReportAsync(bool answered = false)
    {
        await using var db = Database.CreateContext();
        var filed = World.Intake.File(new ReportSubmission(ReportCategory.Bribery, "Cash in an envelope", null, [], false), identity: null);
        var employee = Employee.Create(EmployeeId, "tenant", "Marat Employee", "ru", World.Clock.Now);
        db.ConfidentialReports.Add(filed.Report);
        db.Employees.Add(employee);
        await db.SaveChangesAsync();
        await World.AcknowledgeAsync(db, filed.Report, await World.OfficerAsync(db));
        await db.SaveChangesAsync();
        var request = ExplanationRequest.Request(filed.Report, await World.OfficerAsync(db), employee, "Explain the payment", World.Clock.Today.AddDays(5), World.Clock);
        db.Add(request);
        await db.SaveChangesAsync();
        if (answered)
        {
            request.Give(EmployeeId, "It was a refund", World.Clock.Now);
            await db.SaveChangesAsync();
        }

        return (filed.Report.Id, request.Id);
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
