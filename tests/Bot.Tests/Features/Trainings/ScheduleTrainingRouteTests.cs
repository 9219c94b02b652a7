using System.Text.Json;
using ComplianceBot.Bot.Features.Trainings;
using ComplianceBot.Bot.Tests.Conversation;
using ComplianceBot.Domain;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Features.Trainings;

public sealed class ScheduleTrainingRouteTests : IAsyncLifetime
{
    private const string Officer = "aad-user-0";
    private TrainingRoutesHost _routes = null!;
    private ConversationTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _routes = await TrainingRoutesHost.StartAsync();
        _host = _routes.Host;
    }

    public async Task DisposeAsync() => await _routes.DisposeAsync();

    // Reg. 14.7: only the service (an active officer) schedules trainings.
    [Fact]
    public async Task TrainingCommand_NotAnOfficer_AnswersOfficersOnly()
    {
        await _host.HandleAsync(TestActivities.Text("обучение", "ru-RU"));

        Assert.Contains("Для комплаенс-офицеров", _host.SinglePostedCard().Texts());
    }

    [Fact]
    public async Task TrainingCommand_Officer_SendsTheForm()
    {
        await AppointAsync();

        await _host.HandleAsync(TestActivities.Text("training"));

        Assert.Contains(("Schedule", (string?)TrainingVerbs.Schedule), _host.SinglePostedCard().Buttons());
    }

    [Fact]
    public async Task Submit_RoomChosenWithoutRoomAndNoDepartment_ReturnsFormWithBothErrorsAndRecordsNothing()
    {
        await AppointAsync();
        var date = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var response = await _host.HandleAsync(TestActivities.Execute(TrainingVerbs.Schedule, new
        {
            title = "Ethics", agenda = "Gifts", date, time = "10:00", duration = "60", place = "room", audience = "Departments",
        }));

        var card = JsonSerializer.SerializeToElement(response!.Body).GetProperty("value");
        var texts = card.Texts().ToList();
        Assert.Contains("Choose a Teams meeting or name a room. (Reg. 14.7)", texts);
        Assert.Contains("Choose who is invited.", texts);
        await using var scope = _host.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<RegistersDbContext>().Trainings.AnyAsync());
    }

    private async Task AppointAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistersDbContext>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        db.OfficerAppointments.Add(OfficerAppointment.Record(Officer, "D-1", today.AddDays(-1), today.AddDays(-1), today.AddYears(1), "aad-director", DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
    }
}
