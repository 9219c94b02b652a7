using System.Text.Json;
using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Features.Reports;

/// <summary>Decision 121: once the reporter says the code and passphrase are saved, the bot deletes its receipt message.</summary>
public sealed class ReceiptDeletionTests
{
    // Reg. 23.2: the receipt (number, case code, passphrase) does not stay in the reporter's chat. The "I have saved
    // them" button makes the bot delete, within that turn, the message the button sits on (the form that became the
    // receipt) in the reporter's own conversation, with nothing stored about the reporter (decision 090).
    [Fact]
    public async Task ReceiptSaved_AfterAnonymousFiling_DeletesTheFormMessageThroughTheConnector()
    {
        using var app = new ReportsAppFactory();
        var client = app.CreateClient();
        await app.AppointOfficerAsync();
        var reporter = ReportFlowDriver.Reporter;

        await ReportActivities.PostAsync(client, ReportActivities.Submit(reporter, ReportVerbs.Start, ReportFlowDriver.Confidential()));
        var formMessageId = $"reply-{app.Connector.Replies.Count}";
        var submit = ReportActivities.Execute(reporter, ReportVerbs.Submit, ReportFlowDriver.Confidential(
            ("category", "Procurement"), ("description", "The tender was decided before it was announced."),
            ("directorInvolved", "false"), ("mode", "anonymous")));
        submit["replyToId"] = formMessageId;
        var receipt = ReportActivities.Card(await ReportActivities.PostAsync(client, submit));
        var facts = ReportActivities.Facts(receipt);
        var saved = Actions(receipt).Single(a => a.GetProperty("verb").GetString() == ReportVerbs.ReceiptSaved);
        Assert.Empty(app.Connector.Deleted);

        var press = ReportActivities.Execute(reporter, ReportVerbs.ReceiptSaved,
            saved.GetProperty("data").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!));
        press["replyToId"] = formMessageId;
        var answer = ReportActivities.Card(await ReportActivities.PostAsync(client, press));

        var deleted = Assert.Single(app.Connector.Deleted);
        Assert.Equal(formMessageId, deleted.ActivityId);
        Assert.Equal(reporter.ConversationId, deleted.Address.ConversationId);
        var shown = answer.GetRawText();
        Assert.DoesNotContain(facts[0].Value, shown, StringComparison.Ordinal);
        Assert.DoesNotContain(facts[1].Value, shown, StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        Assert.False(await db.ConversationReferences.AnyAsync(r => r.ConversationId == reporter.ConversationId));
    }

    private static IEnumerable<JsonElement> Actions(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => (element.TryGetProperty("type", out var type) && type.GetString() == "Action.Execute" ? [element] : Enumerable.Empty<JsonElement>())
            .Concat(element.EnumerateObject().SelectMany(p => Actions(p.Value))),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Actions),
        _ => [],
    };
}
