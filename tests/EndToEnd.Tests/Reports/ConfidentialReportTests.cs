using System.Text.Json;
using System.Text.Json.Nodes;
using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.EndToEnd.Tests.Infrastructure;
using ComplianceBot.EndToEnd.Tests.Playground;
using static ComplianceBot.EndToEnd.Tests.Playground.CardJson;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.EndToEnd.Tests.Reports;

/// <summary>
/// Issue 5 through the Agents Playground: an anonymous report, the officer's card through the outbox, the officer's
/// message, and "Check my report" with the case code and passphrase read from the receipt.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class ConfidentialReportTests(BotFixture bot, PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>, IAsyncLifetime
{
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(20);
    private const string OfficerMessage = "Thank you. Which tender was it?";

    private PlaygroundClient Client => playground.Client;

    public Task InitializeAsync() => playground.StartAsync(bot.MessagesEndpoint, "e2e-api-reports");

    public Task DisposeAsync() => Client.WaitForQuietAsync(TimeSpan.FromMilliseconds(700));

    [Fact]
    public async Task AnonymousReport_OfficerMessage_ReadBackWithCaseCodeAndPassphrase()
    {
        var since = Client.FrameCount;
        await Client.SendTextAsync("menu");
        var menu = await Client.WaitForMessageAsync(MenuCard.HasMenu, AnswerTimeout, since);
        await AppointPlaygroundUserAsOfficerAsync();

        since = Client.FrameCount;
        await Client.ClickAsync(menu, "Report confidentially");
        var form = await Client.WaitForMessageAsync(m => m.Cards.Any(c => c.ActionTitles.Contains("Send the report")), AnswerTimeout, since);
        var beforeFiling = Client.FrameCount;
        var receipt = await Client.InvokeAsync(form.MessageId, Execute("report.submit", new JsonObject
        {
            ["confidential"] = "1", ["category"] = "Bribery", ["description"] = "Cash was offered for a permit.",
            ["directorInvolved"] = "false", ["mode"] = "anonymous",
        }));
        var facts = Facts(receipt.GetProperty("value"));
        Assert.True(facts.Count == 2, $"Expected the receipt with case code and passphrase, got {receipt.GetRawText()}");
        var caseCode = facts[0].Value;
        var passphrase = facts[1].Value;

        // The officer's card comes proactively, through the outbox.
        var officerCard = await Client.WaitForMessageAsync(
            m => m.Cards.Any(c => c.ActionTitles.Contains("Acknowledge and take the case")), AnswerTimeout, beforeFiling);
        var reportId = officerCard.Cards.First().Action("Acknowledge and take the case").GetProperty("data").GetProperty("reportId").GetString()!;
        await Client.ClickAsync(officerCard, "Acknowledge and take the case");
        var sent = await Client.InvokeAsync(officerCard.MessageId, Execute("report.message", new JsonObject
        {
            ["reportId"] = reportId, ["messageText"] = OfficerMessage,
        }));
        Assert.Contains(OfficerMessage, sent.GetRawText(), StringComparison.Ordinal);

        var check = await Client.InvokeAsync(form.MessageId, Execute("report.open", new JsonObject
        {
            ["confidential"] = "1", ["caseCode"] = caseCode, ["passphrase"] = passphrase,
        }));

        var texts = Texts(check.GetProperty("value")).ToList();
        Assert.Contains(OfficerMessage, texts);
        Assert.Contains(texts, t => t.Contains(caseCode[..4], StringComparison.Ordinal) || t.StartsWith("Report R-", StringComparison.Ordinal));
    }

    /// <summary>Makes the Playground's mock user an officer (Reg. 6–7) straight in the bot's registers, by the Entra id the channel stored for it.</summary>
    private async Task AppointPlaygroundUserAsOfficerAsync()
    {
        var file = Path.Combine(bot.DataDirectory, "registers.db");
        await using var db = new SqliteRegistersDbContext(new DbContextOptionsBuilder<SqliteRegistersDbContext>()
            .UseSqlite($"Data Source={file};Pooling=False;Default Timeout=30")
            // The bot's development chain key (decision 120), so this appointment is signed like the bot's own writes.
            .UseAuditChainKeys(AuditChainKeys.Load(new AuditOptions(), new RegistersOptions { DataDirectory = bot.DataDirectory })).Options);
        var aadObjectId = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.UserId == Client.UserId).Select(r => r.AadObjectId).FirstOrDefaultAsync();
        Assert.False(string.IsNullOrEmpty(aadObjectId), "The Playground user's reference should carry its aadObjectId");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        if (!await db.OfficerAppointments.AnyAsync(a => a.OfficerAadObjectId == aadObjectId))
        {
            db.OfficerAppointments.Add(OfficerAppointment.Record(aadObjectId!, "E2E-1", today.AddDays(-30), today.AddDays(-30), today.AddYears(1), "e2e-director", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        }

        SqliteConnection.ClearAllPools();
    }
}
