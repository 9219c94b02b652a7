using ComplianceBot.Bot.Cli;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Features.Declarations;
using ComplianceBot.Bot.Tests.Conversation;
using ComplianceBot.Bot.Tests.Features.Declarations;
using ComplianceBot.Bot.Tests.Hosting;
using ComplianceBot.Domain.Declarations;
using ComplianceBot.Domain.Outbox;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.Bot.Tests.Cli;

/// <summary>Reg. 15–17: <c>officers end</c> ends an appointment early, audited; the officer's cards close (decision 121).</summary>
public sealed class OfficerEndCommandTests : IAsyncLifetime
{
    private static readonly TestUser Employee = new("aad-employee", "Aigerim Seitkali");
    private static readonly TestUser OfficerA = new("aad-officer-a", "Daniyar Omarov");
    private static readonly TestUser OfficerB = new("aad-officer-b", "Saule Kim");
    private readonly TestDataFolder directory = new("compliancebot-end");
    private DeclarationsApp app = null!;

    public async Task InitializeAsync()
    {
        app = new DeclarationsApp(directory.Path);
        await app.AppointAsync(OfficerA.Aad, OfficerA.Name);
        await app.AppointAsync(OfficerB.Aad, OfficerB.Name);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        directory.Dispose();
    }

    [Fact]
    public async Task RunAsync_End_AppointmentEndsAuditedWithTheReasonAndTheOfficersCardsClose()
    {
        await app.ExecuteAsync(Employee, DeclarationVerbs.GiftSubmit, Forms.Gift());
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await OfficerCommands.RunAsync(
            ["officers", "end", OfficerA.Aad, "--reason", "Moved to another post", $"--Registers:DataDirectory={directory.Path}"], output, error);

        Assert.Equal(0, code);
        Assert.Contains("1 review card(s) closed", output.ToString(), StringComparison.Ordinal);
        var number = $"G-{Forms.Today.Year}-0001";
        var updates = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Kind == OutboxKinds.TeamsUpdate).Select(m => m.IdempotencyKey).ToListAsync());
        Assert.Equal([$"decl/{number}/closed/{OfficerA.Aad}"], updates);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "OfficerAppointmentTerminated" && e.Details!.Contains("Moved to another post"))));

        // The ended officer may no longer decide; the other officer still may.
        var id = await app.WithDbAsync(db => db.GiftDeclarations.Select(d => d.Id).SingleAsync());
        var refused = await app.ExecuteAsync(OfficerA, DeclarationVerbs.GiftDecide, new()
        {
            [DeclarationVerbs.DeclarationIdKey] = id.ToString(), ["outcome"] = "MayKeep", ["reason"] = "Small value.",
        });
        Assert.DoesNotContain(refused.Texts(), t => t.Contains("briefcase", StringComparison.Ordinal));
        Assert.Equal(DeclarationStatus.Pending, await app.WithDbAsync(db => db.GiftDeclarations.Select(d => d.Status).SingleAsync()));
    }

    [Fact]
    public async Task RunAsync_EndWithoutReason_FailsAndTheAppointmentStands()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await OfficerCommands.RunAsync(["officers", "end", OfficerA.Aad, $"--Registers:DataDirectory={directory.Path}"], output, error);

        Assert.Equal(2, code);
        Assert.Contains("--reason", error.ToString(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.OfficerAppointments.AnyAsync(a => a.TerminatedOn != null)));
    }
}
