using System.Globalization;
using System.Text.Json.Nodes;
using ComplianceBot.Domain.Audit;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.EndToEnd.Tests.Infrastructure;
using ComplianceBot.EndToEnd.Tests.Playground;
using Microsoft.EntityFrameworkCore;

namespace ComplianceBot.EndToEnd.Tests.Trainings;

/// <summary>
/// Reg. 14.7 end to end: the Playground user, appointed officer in the bot's register, schedules a training for a
/// department through the card; the outbox worker writes one .ics invitation per attendee into the local mailbox.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class ScheduleTrainingTests(BotFixture bot, PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>, IAsyncLifetime
{
    private const string Department = "E2E Finance";
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(15);
    private static readonly string[] Attendees = ["aliya.e2e@contoso.kz", "bolat.e2e@contoso.kz", "dana.e2e@contoso.kz"];

    private PlaygroundClient Client => playground.Client;

    public Task InitializeAsync() => playground.StartAsync(bot.MessagesEndpoint, "e2e-api-trainings");

    public Task DisposeAsync() => Client.WaitForQuietAsync(TimeSpan.FromMilliseconds(700));

    [Fact]
    public async Task ScheduleTraining_ForDepartment_MailboxHoldsInvitationForEachAttendee()
    {
        var since = Client.FrameCount;
        await Client.SendTextAsync("menu");
        await Client.WaitForMessageAsync(m => m.Cards.Any(), AnswerTimeout, since);
        await SeedOfficerAndDepartmentAsync();

        since = Client.FrameCount;
        await Client.SendTextAsync("training");
        var form = await Client.WaitForMessageAsync(m => m.Cards.Any(c => c.Json.GetRawText().Contains("training.schedule", StringComparison.Ordinal)), AnswerTimeout, since);
        var date = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var data = new JsonObject
        {
            ["verb"] = "training.schedule",
            ["title"] = "Anti-corruption basics",
            ["agenda"] = "Gifts, conflicts of interest, reporting channels",
            ["date"] = date,
            ["time"] = "10:00",
            ["duration"] = "60",
            ["place"] = "online",
            ["audience"] = "Departments",
            ["departments"] = Department,
        };

        var answer = await Client.InvokeAsync(form.MessageId, new JsonObject { ["type"] = "Action.Execute", ["title"] = "Schedule", ["verb"] = "training.schedule", ["data"] = data });

        Assert.Contains("Training scheduled", answer.GetRawText(), StringComparison.Ordinal);
        var mailbox = Path.Combine(bot.DataDirectory, "mailbox");
        // The outbox worker delivers within its poll interval; the invitations appear shortly after the answer.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (InvitedAddresses(mailbox).Count < Attendees.Length && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.Equal(Attendees, InvitedAddresses(mailbox).Order());
    }

    private static List<string> InvitedAddresses(string mailbox) =>
        !System.IO.Directory.Exists(mailbox)
            ? []
            : [.. System.IO.Directory.EnumerateFiles(mailbox, "*.ics", SearchOption.AllDirectories)
                .Select(File.ReadAllText)
                .SelectMany(ics => Attendees.Where(a => ics.Contains("mailto:" + a, StringComparison.OrdinalIgnoreCase)))
                .Distinct()];

    /// <summary>Through the Domain API on the bot's own SQLite file: the Playground user becomes an officer; three employees join the department.</summary>
    private async Task SeedOfficerAndDepartmentAsync()
    {
        var options = new DbContextOptionsBuilder<SqliteRegistersDbContext>()
            .UseSqlite($"Data Source={Path.Combine(bot.DataDirectory, "registers.db")};Default Timeout=30")
            // The bot's development chain key (decision 120), so these rows are signed like the bot's own writes.
            .UseAuditChainKeys(AuditChainKeys.Load(new AuditOptions(), new RegistersOptions { DataDirectory = bot.DataDirectory })).Options;
        await using var db = new SqliteRegistersDbContext(options);
        var now = DateTimeOffset.UtcNow;
        var user = await db.ConversationReferences.Where(r => r.UserId == PlaygroundClient.DefaultUserId).Select(r => r.AadObjectId).FirstAsync();
        Assert.False(string.IsNullOrEmpty(user));
        if (!await db.OfficerAppointments.AnyAsync(a => a.OfficerAadObjectId == user))
        {
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            db.OfficerAppointments.Add(OfficerAppointment.Record(user!, "E2E-1", today.AddDays(-1), today.AddDays(-1), today.AddYears(1), "e2e-director", now));
        }

        foreach (var mail in Attendees.Where(m => !db.Employees.Any(e => e.Mail == m)))
        {
            var employee = Employee.Create("aad-" + mail, "tenant", mail.Split('@')[0], "ru", now);
            employee.UpdateFromDirectory("tenant", employee.DisplayName, Department, null, null, "ru", now);
            employee.UpdateMail(mail, now);
            db.Employees.Add(employee);
        }

        await db.SaveChangesAsync();
    }
}
