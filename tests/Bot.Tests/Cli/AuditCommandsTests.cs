using ComplianceBot.Bot.Cli;
using ComplianceBot.Bot.Tests.Hosting;
using ComplianceBot.Domain.Audit;
using Microsoft.Data.Sqlite;

namespace ComplianceBot.Bot.Tests.Cli;

// Decision 120: `audit verify` names what is broken and exits non-zero, so a scheduler or an administrator notices.
public sealed class AuditCommandsTests : IDisposable
{
    private readonly TestDataFolder directory = new("compliancebot-audit");

    private string Data => $"--Registers:DataDirectory={directory.Path}";

    private string DatabaseFile => Path.Combine(directory.Path, "registers.db");

    [Fact]
    public async Task Verify_UntouchedRegisters_ExitsZeroAndSaysWhatItChecked()
    {
        await AppointAsync();

        var (code, output, error) = await VerifyAsync();

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("Audit chain intact: 2 entries, 1 register rows; no head published yet", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_RegisterRowEditedInTheDatabase_ExitsOneNamingTheTable()
    {
        await AppointAsync();
        await ExecuteAsync("UPDATE OfficerAppointments SET DecisionNumber = 'No. 99'");

        var (code, _, error) = await VerifyAsync();

        Assert.Equal(AuditCommands.Broken, code);
        Assert.Contains("AUDIT CHAIN BROKEN (EditedRow)", error, StringComparison.Ordinal);
        Assert.Contains("table OfficerAppointments", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_TailDeletedAfterThePublishedHead_ExitsOneNamingTheDeletedTail()
    {
        await AppointAsync();
        await using (var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var read = connection.CreateCommand();
            read.CommandText = "SELECT Sequence, Hash, KeyId FROM AuditEntries ORDER BY Sequence DESC LIMIT 1";
            await using var tail = await read.ExecuteReaderAsync();
            await tail.ReadAsync();
            var head = new AuditChainHead(tail.GetInt64(0), tail.GetString(1), tail.GetString(2), DateTimeOffset.UtcNow);
            await File.AppendAllTextAsync(Path.Combine(directory.Path, LocalAuditHeadArchive.FileName), head.ToJson() + "\n");
        }

        await ExecuteAsync("DELETE FROM AuditEntries WHERE Sequence = (SELECT MAX(Sequence) FROM AuditEntries)");

        var (code, _, error) = await VerifyAsync();

        Assert.Equal(AuditCommands.Broken, code);
        Assert.Contains("AUDIT CHAIN BROKEN (DeletedTail)", error, StringComparison.Ordinal);
        Assert.Contains("entries 2–2 were deleted", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithoutVerify_PrintsUsage()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await AuditCommands.RunAsync(["audit"], output, error);

        Assert.Equal(2, code);
        Assert.Contains(AuditCommands.Usage, error.ToString(), StringComparison.Ordinal);
    }

    private async Task AppointAsync()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var appointed = await OfficerCommands.RunAsync(
            ["officers", "appoint", "--aad-object-id", "aad-officer-1", "--name", "Daniyar Omarov", "--decision", "No. 12",
             "--decision-date", "2026-01-10", "--from", "2026-01-10", "--to", "2099-01-10", Data],
            output, error);
        Assert.Equal(0, appointed);
    }

    private async Task<(int Code, string Output, string Error)> VerifyAsync()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await AuditCommands.RunAsync(["audit", "verify", Data], output, error);
        return (code, output.ToString(), error.ToString());
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose() => directory.Dispose();
}
