using System.Text;
using System.Text.Json;
using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Domain.Outbox;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Features.Reports;

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
                Assert.Contains(outbox, row => row.StartsWith(OutboxKinds.DirectorMail, StringComparison.Ordinal));
                Assert.Equal(1, await db.ConfidentialReports.CountAsync());
            }

            logs = app.Logs.All;
            databaseFile = app.DatabaseFile;
            Assert.True(app.Logs.Count > 50, "the test logger saw the host's Trace output");
            await app.DisposeAsync();
            // The host has stopped: the file and any journal beside it are complete.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var files = Directory.GetFiles(app.DataFolder, "registers.db*");
            Assert.Contains(databaseFile, files);
            foreach (var file in files)
            {
                AssertNoTrace(await File.ReadAllBytesAsync(file), Path.GetFileName(file));
            }

            Directory.Delete(app.DataFolder, recursive: true);
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
            .Where(m => m.Kind == OutboxKinds.DirectorMail || m.Recipient == ReportsAppFactory.Director)
            .Select(m => m.Recipient + " " + m.Payload).ToListAsync();

        Assert.Single(summaries);
        Assert.Equal(2, directorRows.Count);
        var seen = JsonSerializer.Serialize(summaries) + string.Join('\n', directorRows);
        Assert.All(ReporterTraces, trace => Assert.DoesNotContain(trace, seen, StringComparison.Ordinal));
        Assert.False((await db.ConfidentialReports.SingleAsync()).IsAnonymous);
    }

    // Reg. 23.2 (issue 16, test 1): an anonymous reporter files, checks the report with a wrong and then the right
    // passphrase, and replies. Afterwards the database file and its journal, every log event at Trace, the telemetry
    // export and the outbox hold (1) none of the reporter's ids, (2) no SHA-256 digest that a reader could compute from
    // stored data or from the reporter's ids, under any prefix the code uses, and (3) no instant equal to one stored
    // on a row tied to the reporter's user (ProcessedActivities of their activities, their Employees and
    // ConversationReferences rows), compared as stored.
    [Fact]
    public async Task FollowUp_Anonymous_NoIdNoComputableDigestNoSharedInstant()
    {
        var telemetry = new TelemetryCapture();
        byte[][] files;
        List<StoredCell> cells;
        string logs;
        string outbox;
        string caseCode;
        using (var app = new ReportsAppFactory { DeleteFolderOnDispose = false })
        {
            telemetry.Attach(app);
            var client = app.CreateClient();
            await app.AppointOfficerAsync();
            var driver = new ReportFlowDriver(client);
            (caseCode, var passphrase) = await driver.FileAsync(ReportFlowDriver.Reporter, "anonymous");

            var refused = await driver.OpenAsync(ReportFlowDriver.Reporter, caseCode, "wrong-passphrase-0001");
            await using (var scope = app.Services.CreateAsyncScope())
            {
                // The failure was counted for the case code and for the requester (the rows the search below is about).
                Assert.Equal(2, await scope.ServiceProvider.GetRequiredService<RegistersDbContext>().Set<FollowUpThrottle>().CountAsync());
            }

            var opened = await driver.OpenAsync(ReportFlowDriver.Reporter, caseCode, passphrase);
            await ReportActivities.PostAsync(client, ReportActivities.Execute(ReportFlowDriver.Reporter, ReportVerbs.Reply, ReportFlowDriver.Confidential(
                (ReportInputs.CaseCode, caseCode), (ReportInputs.Passphrase, passphrase), (ReportInputs.Reply, "More detail about the tender"))));

            Assert.DoesNotContain(ReportActivities.Facts(refused), f => f.Value == "Received");
            Assert.Contains(ReportActivities.Facts(opened), f => f.Value == "Received");
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
                Assert.Equal(1, await db.Set<ReportMessage>().CountAsync());
                outbox = string.Join('\n', await db.OutboxMessages.Select(m => m.Kind + " " + m.Recipient + " " + m.IdempotencyKey + " " + m.Payload).ToListAsync());
            }

            logs = app.Logs.All;
            await app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            files = [.. Directory.GetFiles(app.DataFolder, "registers.db*").Select(File.ReadAllBytes)];
            cells = StoredDatabase.ReadAll(app.DatabaseFile);
            Directory.Delete(app.DataFolder, recursive: true);
        }

        var exported = telemetry.Text();
        Assert.Contains("/api/messages", exported, StringComparison.Ordinal);
        var texts = new[] { logs, exported, outbox };

        // (1) No raw id of the reporter.
        foreach (var trace in AnonymousTraces)
        {
            Assert.All(files, bytes => Assert.False(StoredDatabase.Contains(bytes, trace), $"'{trace}' is in the database file"));
            Assert.All(texts, text => Assert.DoesNotContain(trace, text, StringComparison.Ordinal));
        }

        // (2) No digest computable from what is stored (the case code is stored in clear) or from the reporter's ids.
        var values = cells.Select(c => c.Value).OfType<string>().Concat(AnonymousTraces).Append(caseCode);
        foreach (var (source, digest) in StoredDatabase.Digests(values))
        {
            Assert.All(files, bytes => Assert.False(StoredDatabase.Contains(bytes, digest), $"SHA-256('{source}') is in the database file"));
            Assert.All(texts, text => Assert.DoesNotContain(digest, text, StringComparison.Ordinal));
        }

        // (3) No instant shared with a row tied to the reporter's user: a reader could join on it.
        var reporterRows = cells
            .Where(c => c.Table is "Employees" or "ConversationReferences" && AnonymousTraces.Contains(c.Value as string))
            .Select(c => (c.Table, c.Row)).ToHashSet();
        var reporterInstants = cells
            .Where(c => c.Table == "ProcessedActivities" || reporterRows.Contains((c.Table, c.Row)))
            .Select(c => c.Value).Where(StoredDatabase.LooksLikeInstant).ToHashSet();
        Assert.NotEmpty(reporterInstants);
        var shared = cells
            .Where(c => c.Table != "ProcessedActivities" && !reporterRows.Contains((c.Table, c.Row)) && reporterInstants.Contains(c.Value))
            .Select(c => $"{c.Table}.{c.Column}").ToList();
        Assert.Empty(shared);
    }

    // Reg. 23.2 (issue 16, test 2): after the officer messages a named reporter (and the notice is delivered), the
    // reporter's Entra id and Teams id are nowhere but their sealed column (encrypted, so not in clear) and the rows
    // every employee has (Employees, ConversationReferences): not in another table, the file's free pages or journal,
    // the logs, the telemetry export or the outbox.
    [Fact]
    public async Task OfficerMessage_NamedReport_ReporterIdsOnlyInEmployeeRows()
    {
        var telemetry = new TelemetryCapture();
        string logs;
        string folder;
        using (var app = new ReportsAppFactory { DeleteFolderOnDispose = false })
        {
            telemetry.Attach(app);
            var driver = new ReportFlowDriver(app.CreateClient());
            await app.AppointOfficerAsync();
            await driver.FileAsync(ReportFlowDriver.Reporter, "named");
            Guid id;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                id = await scope.ServiceProvider.GetRequiredService<RegistersDbContext>().ConfidentialReports.Select(r => r.Id).SingleAsync();
            }

            await driver.OfficerAsync(ReportVerbs.Acknowledge, id);
            await driver.OfficerAsync(ReportVerbs.Message, id, (ReportInputs.MessageText, "A question about the tender"));
            await WaitForDeliveriesAsync(app);

            Assert.Contains(app.Connector.Sent, a => a.Attachments?.Any(c => c.Content?.ToString()?.Contains("new message from the compliance officer", StringComparison.Ordinal) == true) == true);
            logs = app.Logs.All;
            folder = app.DataFolder;
            await app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var cells = StoredDatabase.ReadAll(Path.Combine(folder, "registers.db"));
        var elsewhere = cells
            .Where(c => c.Table is not ("Employees" or "ConversationReferences"))
            .Where(c => NamedIds.Any(id => c.Value is string s ? s.Contains(id, StringComparison.Ordinal) : c.Value is byte[] b && StoredDatabase.Contains(b, id)))
            .Select(c => $"{c.Table}.{c.Column}").ToList();
        Assert.Empty(elsewhere);

        var rest = RemoveEmployeeRows(folder);
        Directory.Delete(folder, recursive: true);
        var exported = telemetry.Text();
        foreach (var trace in NamedIds)
        {
            Assert.False(StoredDatabase.Contains(rest, trace), $"'{trace}' is in the database file outside the employee rows");
            Assert.DoesNotContain(trace, logs, StringComparison.Ordinal);
            Assert.DoesNotContain(trace, exported, StringComparison.Ordinal);
        }
    }

    private static readonly string[] AnonymousTraces = [.. ReporterTraces, ReportFlowDriver.Reporter.ConversationId];

    private static readonly string[] NamedIds = [ReportFlowDriver.Reporter.AadObjectId, ReportFlowDriver.Reporter.ChannelId];

    private static async Task WaitForDeliveriesAsync(ReportsAppFactory app)
    {
        for (var i = 0; i < 200; i++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
            if (!await db.OutboxMessages.AnyAsync(m => m.Kind.StartsWith("teams.") && m.DeliveredAt == null && m.FailedAt == null))
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail("The outbox did not deliver within 10 s.");
    }

    /// <summary>
    /// The file's bytes once the reporter's Employees and ConversationReferences rows are erased in place
    /// (secure_delete zeroes them): whatever else holds an id, free pages included, is still there.
    /// </summary>
    private static byte[] RemoveEmployeeRows(string folder)
    {
        var copy = Path.Combine(folder, "copy");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(folder, "registers.db*"))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        var path = Path.Combine(copy, "registers.db");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA secure_delete = ON; "
                + "DELETE FROM Employees WHERE AadObjectId = $aad; "
                + "DELETE FROM ConversationReferences WHERE AadObjectId = $aad OR UserId = $user; "
                + "PRAGMA wal_checkpoint(TRUNCATE);";
            command.Parameters.AddWithValue("$aad", ReportFlowDriver.Reporter.AadObjectId);
            command.Parameters.AddWithValue("$user", ReportFlowDriver.Reporter.ChannelId);
            command.ExecuteNonQuery();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return [.. Directory.GetFiles(copy, "registers.db*").SelectMany(File.ReadAllBytes)];
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
