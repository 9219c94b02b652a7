using System.Text;
using System.Text.Json;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Reports;

/// <summary>Reg. 23.2: an anonymous report leaves nothing of the reporter behind; the director sees nothing of a named one.</summary>
public sealed class ConfidentialityTests
{
    private static readonly string[] ReporterTraces =
        [ReportFlowDriver.Reporter.AadObjectId, ReportFlowDriver.Reporter.ChannelId, ReportFlowDriver.Reporter.Name];

    // Reg. 23.2: the whole database file (and its journal), every log event at Trace and every outbox payload hold no
    // trace of an anonymous reporter. The channel's conversation reference is not kept for the reporter's steps
    // (decision 090), so the file is searched whole, with no table left out.
    [Fact]
    public async Task Submit_Anonymous_NoTraceInDatabaseFileLogsOrOutbox()
    {
        string databaseFile;
        string logs;
        List<string> outbox;
        using (var app = new ReportsAppFactory { DeleteFolderOnDispose = false })
        {
            var client = app.CreateClient();
            await app.AppointOfficerAsync();
            var (caseCode, _) = await new ReportFlowDriver(client).FileAsync(ReportFlowDriver.Reporter, "anonymous");
            Assert.NotNull(CaseCode.Normalize(caseCode));

            await using (var scope = app.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
                outbox = await db.OutboxMessages.Select(m => m.Kind + " " + m.Recipient + " " + m.IdempotencyKey + " " + m.Payload).ToListAsync();
                Assert.Contains(outbox, row => row.StartsWith("teams.send " + ReportsAppFactory.Officer, StringComparison.Ordinal));
                Assert.Contains(outbox, row => row.StartsWith(ReportNotices.DirectorMailKind, StringComparison.Ordinal));
                Assert.Equal(1, await db.ConfidentialReports.CountAsync());
            }

            logs = app.Logs.All;
            databaseFile = app.DatabaseFile;
            Assert.True(app.Logs.Count > 50, "the test logger saw the host's Trace output");
            await app.DisposeAsync();
            // The host has stopped: the file and any journal beside it are complete.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var files = Directory.GetFiles(app.Folder, "registers.db*");
            Assert.Contains(databaseFile, files);
            foreach (var file in files)
            {
                AssertNoTrace(await File.ReadAllBytesAsync(file), Path.GetFileName(file));
            }

            Directory.Delete(app.Folder, recursive: true);
        }

        Assert.All(ReporterTraces, trace => Assert.DoesNotContain(trace, logs, StringComparison.Ordinal));
        Assert.All(outbox, row => Assert.All(ReporterTraces, trace => Assert.DoesNotContain(trace, row, StringComparison.Ordinal)));
    }

    // Reg. 23.2, 23.3: what the director can see of a named report — the director-scoped query, the notice card and
    // the director.mail row — holds neither the reporter's ids nor name.
    [Fact]
    public async Task DirectorView_NamedReport_HoldsNoIdentity()
    {
        using var app = new ReportsAppFactory();
        var client = app.CreateClient();
        await app.AppointOfficerAsync();
        await new ReportFlowDriver(client).FileAsync(ReportFlowDriver.Reporter, "named");

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var summaries = await scope.ServiceProvider.GetRequiredService<DirectorReportView>().ListAsync();
        var directorRows = await db.OutboxMessages
            .Where(m => m.Kind == ReportNotices.DirectorMailKind || m.Recipient == ReportsAppFactory.Director)
            .Select(m => m.Recipient + " " + m.Payload).ToListAsync();

        Assert.Single(summaries);
        Assert.Equal(2, directorRows.Count);
        var seen = JsonSerializer.Serialize(summaries) + string.Join('\n', directorRows);
        Assert.All(ReporterTraces, trace => Assert.DoesNotContain(trace, seen, StringComparison.Ordinal));
        Assert.False((await db.ConfidentialReports.SingleAsync()).IsAnonymous);
    }

    private static void AssertNoTrace(byte[] bytes, string where)
    {
        foreach (var trace in ReporterTraces)
        {
            Assert.True(IndexOf(bytes, Encoding.UTF8.GetBytes(trace)) < 0, $"'{trace}' found in the {where} (UTF-8)");
            Assert.True(IndexOf(bytes, Encoding.Unicode.GetBytes(trace)) < 0, $"'{trace}' found in the {where} (UTF-16)");
        }
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
