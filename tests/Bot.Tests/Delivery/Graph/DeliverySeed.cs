using ComplianceBot.Graph.Tests.Fakes;
using System.Text.Json;
using ComplianceBot.Bot.Features.Trainings;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Domain;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Persistence;
using ComplianceBot.Domain.Trainings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Tests.Delivery.Graph;

/// <summary>Register data through the Domain API: an officer, employees with departments and mail, a training.</summary>
internal static class DeliverySeed
{
    public const string Officer = "aad-officer";

    public static async Task OfficerAndEmployeesAsync(GraphDeliveryHost host, params (string Id, string Department, string Mail)[] employees)
    {
        await host.WithDbAsync(async db =>
        {
            var now = host.Time.GetUtcNow();
            db.OfficerAppointments.Add(OfficerAppointment.Record(Officer, "D-1", new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 5), new DateOnly(2026, 12, 31), "aad-director", now));
            foreach (var (id, department, mail) in employees)
            {
                var employee = Employee.Create(id, "tenant", "Name " + id, "ru", now);
                employee.UpdateFromDirectory("tenant", "Name " + id, department, null, null, "ru", now);
                employee.UpdateMail(mail, now);
                db.Employees.Add(employee);
            }

            await db.SaveChangesAsync();
        });
    }

    /// <summary>Schedules a training for a department two days ahead at 10:00 Asia/Almaty, online.</summary>
    public static Task<Training> TrainingAsync(GraphDeliveryHost host, string department, int capacity) => host.WithDbAsync(async db =>
    {
        var clock = host.Services.GetRequiredService<RegisterClock>();
        var scheduler = new TrainingScheduler(
            db, new TrainingAudienceResolver(db, clock), Options.Create(new TrainingOptions { SessionCapacity = capacity, SessionGap = TimeSpan.FromMinutes(15) }),
            host.Services.GetRequiredService<OutboxSignal>(), host.Time);
        var officer = await new OfficerRoster(db, clock).RequireActiveAsync(Officer);
        var start = new DateTimeOffset(2026, 3, 12, 10, 0, 0, TimeSpan.FromHours(5));
        return await scheduler.ScheduleAsync(officer, new TrainingPlan("Ethics & gifts", "Gifts <policy>", start, 60, true, null, TrainingAudience.ForDepartments([department])), CancellationToken.None);
    });

    public static FakeResponse CreatedEvent(RecordedRequest request)
    {
        var key = request.Json.GetProperty("transactionId").GetString();
        var body = JsonSerializer.Serialize(new { id = "evt-" + key, iCalUId = "uid-" + key, onlineMeeting = new { joinUrl = "https://teams.example/join" } });
        return FakeResponse.Json(201, body);
    }
}
