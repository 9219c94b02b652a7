using ComplianceBot.Bot.Cli;
using ComplianceBot.Bot.Tests.Hosting;

namespace ComplianceBot.Bot.Tests.Cli;

public sealed class OfficerCommandsTests : IDisposable
{
    private readonly TestDataFolder directory = new("compliancebot-officers");

    [Fact]
    public async Task RunAsync_AppointThenList_RecordsTheAppointmentInTheConfiguredDatabase()
    {
        var data = $"--Registers:DataDirectory={directory.Path}";
        using var output = new StringWriter();
        using var error = new StringWriter();

        var appointed = await OfficerCommands.RunAsync(
            ["officers", "appoint", "--aad-object-id", "aad-officer-1", "--name", "Daniyar Omarov", "--decision", "No. 12",
             "--decision-date", "2026-01-10", "--from", "2026-01-10", "--to", "2099-01-10", "--language", "ru", data],
            output, error);
        var listed = await OfficerCommands.RunAsync(["officers", "list", data], output, error);

        Assert.Equal(0, appointed);
        Assert.Equal(0, listed);
        Assert.Contains("aad-officer-1\tDaniyar Omarov\tNo. 12\t2026-01-10..2099-01-10\tactive", output.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(directory.Path, "registers.db")));
    }

    [Fact]
    public async Task RunAsync_AppointWithoutDates_FailsWithUsage()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await OfficerCommands.RunAsync(
            ["officers", "appoint", "--aad-object-id", "x", "--name", "X", $"--Registers:DataDirectory={directory.Path}"], output, error);

        Assert.Equal(2, code);
        Assert.Contains("missing --decision", error.ToString(), StringComparison.Ordinal);
    }

    // Reg. 8: the service is independent of the director, so the director is never appointed.
    [Theory]
    [InlineData("aad-director")]
    [InlineData(" AAD-Director ")]
    public async Task RunAsync_AppointTheConfiguredDirector_IsRefusedAndNothingRecorded(string officer)
    {
        var data = $"--Registers:DataDirectory={directory.Path}";
        using var output = new StringWriter();
        using var error = new StringWriter();

        var appointed = await OfficerCommands.RunAsync(
            ["officers", "appoint", "--aad-object-id", officer, "--name", "The Director", "--decision", "No. 13",
             "--decision-date", "2026-01-10", "--from", "2026-01-10", "--to", "2099-01-10", data, "--Organization:DirectorAadObjectId=aad-director"],
            output, error);
        var listed = await OfficerCommands.RunAsync(["officers", "list", data], output, error);

        Assert.NotEqual(0, appointed);
        Assert.Contains("DirectorMustNotBeAppointedOfficer", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, listed);
        Assert.Contains("No officer appointments recorded.", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => directory.Dispose();
}
