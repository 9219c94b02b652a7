using System.Text.Json;
using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Tests.Features.Reports;

/// <summary>Reg. 10: report categories come from the director's configuration; Reg. 5.4: each carries its class.</summary>
public sealed class ConfiguredChoicesTests
{
    private static readonly Dictionary<string, string?> TwoCategories = new()
    {
        ["Registers:Categories:0:Key"] = "Fraud",
        ["Registers:Categories:0:Class"] = "SuspectedOffence",
        ["Registers:Categories:0:Kk"] = "Алаяқтық схемасы",
        ["Registers:Categories:0:Ru"] = "Мошенническая схема",
        ["Registers:Categories:0:En"] = "Fraud scheme",
        ["Registers:Categories:1:Key"] = "Rudeness",
        ["Registers:Categories:1:Class"] = "EthicsBreach",
        ["Registers:Categories:1:Kk"] = "Дөрекі мінез-құлық",
        ["Registers:Categories:1:Ru"] = "Грубое поведение",
        ["Registers:Categories:1:En"] = "Rude conduct",
    };

    // Reg. 10: the form offers the configured categories, in their order, labelled in the user's language; keys as values.
    [Theory]
    [InlineData("kk-KZ", "Алаяқтық схемасы", "Дөрекі мінез-құлық")]
    [InlineData("ru-RU", "Мошенническая схема", "Грубое поведение")]
    [InlineData("en-US", "Fraud scheme", "Rude conduct")]
    public async Task ReportForm_ConfiguredCategories_ShownInTheUsersLanguage(string locale, string fraud, string rudeness)
    {
        using var app = Configured();
        var start = ReportActivities.Submit(ReportFlowDriver.Reporter, ReportVerbs.Start, ReportFlowDriver.Confidential());
        start["locale"] = locale;

        await ReportActivities.PostAsync(app.CreateClient(), start);

        var form = JsonSerializer.SerializeToElement(app.Connector.Posted.Last().Attachments![0].Content);
        Assert.Equal([(fraud, "Fraud"), (rudeness, "Rudeness")], CategoryChoices(form));
    }

    // Reg. 10: a category that is not in force (here a built-in default the director replaced) is refused on submit,
    // with a message on the form and everything typed kept; nothing is filed.
    [Fact]
    public async Task ReportSubmit_CategoryNotConfigured_RefusedWithTheTypedValuesKept()
    {
        using var app = Configured();

        var answer = ReportActivities.Card(await ReportActivities.PostAsync(app.CreateClient(), Submit("Bribery")));

        Assert.Contains("Choose one of the options.", Json(answer), StringComparison.Ordinal);
        Assert.Contains("The tender was decided before it was announced.", Json(answer), StringComparison.Ordinal);
        Assert.Equal([("Fraud scheme", "Fraud"), ("Rude conduct", "Rudeness")], CategoryChoices(answer));
        await using var scope = app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<RegistersDbContext>().ConfidentialReports.AnyAsync());
    }

    // Reg. 5.4, 10: a report in a configured category is stored by its key; the officer's new-report card and case card
    // show its label and its class (suspected offence / ethics breach).
    [Theory]
    [InlineData("Fraud", "Fraud scheme", "Suspected corruption offence")]
    [InlineData("Rudeness", "Rude conduct", "Ethics breach")]
    public async Task OfficerCards_ConfiguredCategory_ShowLabelAndClass(string key, string label, string @class)
    {
        using var app = Configured();
        await app.AppointOfficerAsync();
        var answer = ReportActivities.Card(await ReportActivities.PostAsync(app.CreateClient(), Submit(key)));
        Assert.Equal(2, ReportActivities.Facts(answer).Count);

        Guid id;
        string newReportCard;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
            var report = await db.ConfidentialReports.SingleAsync();
            Assert.Equal(new ReportCategory(key), report.Category);
            id = report.Id;
            newReportCard = (await db.OutboxMessages.SingleAsync(m => m.IdempotencyKey.StartsWith(ReportNotices.NewReportCardKeyPrefix))).Payload;
        }

        Assert.Contains(label, newReportCard, StringComparison.Ordinal);
        Assert.Contains(@class, newReportCard, StringComparison.Ordinal);
        var caseCard = await new ReportFlowDriver(app.CreateClient()).OfficerAsync(ReportVerbs.View, id);
        Assert.Contains(("Category", label), ReportActivities.Facts(caseCard));
        Assert.Contains(("Class", @class), ReportActivities.Facts(caseCard));
    }

    // Reg. 10: a list with a key twice stops start-up, naming the setting.
    [Fact]
    public void Startup_DuplicateCategoryKey_Refused()
    {
        using var app = Configured();
        app.Settings["Registers:Categories:1:Key"] = "fraud";

        var refused = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Registers:Categories:1:Key (fraud) appears twice", refused.Message, StringComparison.Ordinal);
    }

    private static ReportsAppFactory Configured()
    {
        var app = new ReportsAppFactory();
        foreach (var (key, value) in TwoCategories)
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

    private static string Json(JsonElement card) => card.GetRawText();

    private static List<(string Title, string Value)> CategoryChoices(JsonElement card) =>
        [.. Walk(card).Where(e => e.TryGetProperty("id", out var id) && id.GetString() == "category")
            .SelectMany(e => e.GetProperty("choices").EnumerateArray())
            .Select(c => (c.GetProperty("title").GetString()!, c.GetProperty("value").GetString()!))];

    private static IEnumerable<JsonElement> Walk(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            foreach (var property in element.EnumerateObject())
            {
                foreach (var inner in Walk(property.Value))
                {
                    yield return inner;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var inner in Walk(item))
                {
                    yield return inner;
                }
            }
        }
    }
}
