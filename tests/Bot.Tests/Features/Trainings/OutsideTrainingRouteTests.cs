using System.Text.Json;
using ComplianceBot.Bot.Features.Trainings;
using ComplianceBot.Bot.Tests.Conversation;
using ComplianceBot.Domain;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Trainings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Features.Trainings;

public sealed class OutsideTrainingRouteTests : IAsyncLifetime
{
    private const string Officer = "aad-user-0";
    private const string Employee = "aad-employee-1";
    private TrainingRoutesHost _routes = null!;
    private ConversationTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _routes = await TrainingRoutesHost.StartAsync();
        _host = _routes.Host;
    }

    public async Task DisposeAsync() => await _routes.DisposeAsync();

    [Fact]
    public async Task OutsideTrainingCommand_NotAnOfficer_AnswersOfficersOnly()
    {
        await _host.HandleAsync(TestActivities.Text("внешнее обучение", "ru-RU"));

        Assert.Contains("Для комплаенс-офицеров", _host.SinglePostedCard().Texts());
    }

    // Reg. 21: the officer's own training counts, so the officer is a choice even before the directory lists them.
    [Fact]
    public async Task OutsideTrainingCommand_Officer_SendsTheFormWithPeopleAndTheOfficer()
    {
        await SeedAsync();

        await _host.HandleAsync(TestActivities.Text("outside training"));

        var card = _host.SinglePostedCard();
        Assert.Contains(("Record", (string?)TrainingVerbs.OutsideRecord), card.Buttons());
        var choices = Input(card, TrainingInputs.Person).GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()).ToList();
        Assert.Equal([Officer, Employee], choices);
    }

    [Fact]
    public async Task Submit_NoTitleAndFutureDate_ReturnsFormWithErrorsBesideFieldsAndValuesKept()
    {
        await SeedAsync();
        var tomorrow = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var card = await SubmitAsync(new { person = Employee, title = "", provider = "Agency academy", completedOn = tomorrow }, "ru-RU");

        var texts = card.Texts().ToList();
        Assert.Contains("Укажите название обучения.", texts);
        Assert.Contains("Пройденное обучение не может быть датировано будущим числом. (п. 21 Положения)", texts);
        Assert.Equal("Agency academy", Input(card, TrainingInputs.Provider).GetProperty("value").GetString());
        Assert.Equal(Employee, Input(card, TrainingInputs.Person).GetProperty("value").GetString());
        Assert.False(await HistoryAsync().AnyAsync());
    }

    [Fact]
    public async Task Submit_Valid_RecordsAnExternalTrainingInTheHistory()
    {
        await SeedAsync();

        var card = await SubmitAsync(new { person = Officer, title = "Compliance officer certification", provider = "Agency academy", completedOn = "2026-02-20" }, "kk-KZ");

        Assert.Contains("Сыртқы оқыту жазылды", card.Texts());
        var entry = Assert.Single(await HistoryAsync().ToListAsync());
        Assert.Equal((Officer, "Compliance officer certification", "Agency academy", TrainingSource.External, new DateOnly(2026, 2, 20), Officer),
            (entry.EmployeeAadObjectId, entry.Title, entry.Provider, entry.Source, entry.CompletedOn, entry.RecordedBy));
    }

    private async Task<JsonElement> SubmitAsync(object data, string locale)
    {
        var response = await _host.HandleAsync(TestActivities.Execute(TrainingVerbs.OutsideRecord, data, locale));
        return JsonSerializer.SerializeToElement(response!.Body).GetProperty("value");
    }

    private static JsonElement Input(JsonElement card, string id) =>
        card.GetProperty("body").EnumerateArray().Single(e => e.TryGetProperty("id", out var i) && i.GetString() == id);

    private IQueryable<TrainingHistoryEntry> HistoryAsync()
    {
        var scope = _host.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<RegistersDbContext>().TrainingHistory.AsNoTracking();
    }

    private async Task SeedAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        db.OfficerAppointments.Add(OfficerAppointment.Record(Officer, "D-1", today.AddDays(-1), today.AddDays(-1), today.AddYears(1), "aad-director", DateTimeOffset.UtcNow));
        db.Employees.Add(ComplianceBot.Domain.People.Employee.Create(Employee, "tenant", "Zhanna Employee", "ru", DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
    }
}
