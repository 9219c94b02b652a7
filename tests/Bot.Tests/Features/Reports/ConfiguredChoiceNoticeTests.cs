using System.Net;
using System.Text.Json;
using ComplianceBot.Bot.Cards;
using ComplianceBot.Bot.Conversation.Language;
using ComplianceBot.Bot.Features.DirectorNotices;
using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Features.Reports;

/// <summary>
/// Reg. 10, 23.3, 23.4 (decision 128): a category or outcome the director configured is shown to the director — mail,
/// digest card — and on the officer's "send to the authorized body" confirmation by its configured label in the
/// reader's language, never by its key.
/// </summary>
public sealed class ConfiguredChoiceNoticeTests
{
    private static readonly Dictionary<string, string?> Configured = new()
    {
        ["Registers:Categories:0:Key"] = "Fraud",
        ["Registers:Categories:0:Class"] = "SuspectedOffence",
        ["Registers:Categories:0:Kk"] = "Алаяқтық схемасы",
        ["Registers:Categories:0:Ru"] = "Мошенническая схема",
        ["Registers:Categories:0:En"] = "Fraud scheme",
        ["Registers:Outcomes:0:Key"] = "SettledWithWarning",
        ["Registers:Outcomes:0:Kk"] = "Ескертумен аяқталды",
        ["Registers:Outcomes:0:Ru"] = "Завершено с предупреждением",
        ["Registers:Outcomes:0:En"] = "Settled with a warning",
        ["Registers:Outcomes:1:Key"] = "ReferredToAuthorizedBody",
        ["Registers:Outcomes:1:Kk"] = "Уәкілетті органға жіберілді",
        ["Registers:Outcomes:1:Ru"] = "Передано в уполномоченный орган",
        ["Registers:Outcomes:1:En"] = "Referred to the authorized body",
    };

    // Reg. 23.3: the director's mail about a new report in a configured category, and the closing mail with a
    // configured outcome, show the configured labels in the director's language.
    [Theory]
    [InlineData("kk", "Алаяқтық схемасы", "Ескертумен аяқталды")]
    [InlineData("ru", "Мошенническая схема", "Завершено с предупреждением")]
    [InlineData("en", "Fraud scheme", "Settled with a warning")]
    public async Task DirectorMail_ConfiguredCategoryAndOutcome_ShowTheirLabels(string language, string category, string outcome)
    {
        using var app = App();
        await app.AppointOfficerAsync();
        await ReportActivities.PostAsync(app.CreateClient(), Submit("Fraud"));
        var composer = app.Services.GetRequiredService<NoticeMailComposer>();
        var filed = NoticePayload.Parse(await PayloadAsync(app, $"{ReportNotices.DirectorMailKeyPrefix}{DirectorNoticeType.ReportFiled}:"))!;

        var filedMail = composer.Compose(filed, "d@contoso.kz", language, "k");
        var closedMail = composer.Compose(filed with { NoticeType = DirectorNoticeKinds.ReportClosed, Outcome = "SettledWithWarning" }, "d@contoso.kz", language, "k");

        Assert.Equal("Fraud", filed.Category);
        Assert.Contains(category, filedMail.Subject, StringComparison.Ordinal);
        Assert.Contains(category, WebUtility.HtmlDecode(filedMail.HtmlBody), StringComparison.Ordinal);
        Assert.Contains(outcome, WebUtility.HtmlDecode(closedMail.HtmlBody), StringComparison.Ordinal);
        Assert.DoesNotContain("SettledWithWarning", closedMail.HtmlBody, StringComparison.Ordinal);
    }

    // Reg. 23.3 (decision 104): the daily digest's card shows a configured category and a closed case's configured
    // outcome by their labels.
    [Theory]
    [InlineData("kk", "Алаяқтық схемасы", "Ескертумен аяқталды")]
    [InlineData("ru", "Мошенническая схема", "Завершено с предупреждением")]
    [InlineData("en", "Fraud scheme", "Settled with a warning")]
    public void DigestCard_ConfiguredCategoryAndOutcome_ShowTheirLabels(string language, string category, string outcome)
    {
        using var app = App();
        var digest = new NoticePayload(DirectorNoticeKinds.DailyDigest, "2026-03-10", DirectorNoticeKinds.DailyDigest, "2026-03-10", null, DateTimeOffset.UnixEpoch)
        {
            Items = [new NoticeItem(DirectorNoticeKinds.ReportClosed, "D-1", "Fraud", "2026-03-09", "SettledWithWarning")],
        };

        string json;
        using (CultureScope.Enter(language))
        {
            json = CardJson.Serialize(app.Services.GetRequiredService<DirectorNoticeCards>().For(digest));
        }

        var facts = Facts(json);
        Assert.Contains(category, facts);
        Assert.Contains(outcome, facts);
        Assert.DoesNotContain("Fraud", facts);
        Assert.DoesNotContain("SettledWithWarning", facts);
    }

    // Reg. 23.4: the confirmation before sending a case in a configured category to the authorized body shows its label.
    [Fact]
    public async Task SendToAuthorizedBodyConfirmation_ConfiguredCategory_ShowsItsLabel()
    {
        using var app = App();
        await app.AppointOfficerAsync();
        await ReportActivities.PostAsync(app.CreateClient(), Submit("Fraud"));
        var driver = new ReportFlowDriver(app.CreateClient());
        Guid id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<RegistersDbContext>().ConfidentialReports.Select(r => r.Id).SingleAsync();
        }

        await driver.OfficerAsync(ReportVerbs.Acknowledge, id);
        var review = await driver.OfficerAsync(ReportVerbs.SendToAuthorizedBody, id, ("caseSummary", "Payments to a supplier"));

        Assert.Contains(("Category", "Fraud scheme"), ReportActivities.Facts(review));
    }

    private static ReportsAppFactory App()
    {
        var app = new ReportsAppFactory();
        foreach (var (key, value) in Configured)
        {
            app.Settings[key] = value;
        }

        return app;
    }

    private static System.Text.Json.Nodes.JsonObject Submit(string category) =>
        ReportActivities.Execute(ReportFlowDriver.Reporter, ReportVerbs.Submit, ReportFlowDriver.Confidential(
            ("category", category),
            ("description", "The tender was decided before it was announced."),
            ("directorInvolved", "false"),
            ("mode", "anonymous")));

    private static async Task<string> PayloadAsync(ReportsAppFactory app, string keyPrefix)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<RegistersDbContext>().OutboxMessages
            .SingleAsync(m => m.IdempotencyKey.StartsWith(keyPrefix))).Payload;
    }

    private static List<string> Facts(string cardJson)
    {
        var values = new List<string>();
        Walk(JsonDocument.Parse(cardJson).RootElement);
        return values;

        void Walk(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                if (element.TryGetProperty("value", out var value) && element.TryGetProperty("title", out _) && value.ValueKind == JsonValueKind.String)
                {
                    values.Add(value.GetString()!);
                }

                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value);
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item);
                }
            }
        }
    }
}
