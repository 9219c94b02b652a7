using ComplianceBot.Bot.Tests.Delivery.Graph;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Conversations;
using ComplianceBot.Domain.Notices;
using ComplianceBot.Domain.People;
using ComplianceBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ComplianceBot.Bot.Tests.Features.DirectorNotices;

/// <summary>A host with the daily digest on at 09:00 Asia/Almaty, a director who reads Russian, and helpers to hold notices.</summary>
internal static class DigestScenario
{
    public const string Director = "aad-director";

    /// <summary>07:00 in Almaty on 10 March 2026: before the digest time.</summary>
    public static FakeTimeProvider Morning() => new(new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero));

    public static Task<GraphDeliveryHost> StartAsync(string folder, string graphBaseUrl, FakeTimeProvider time, bool digest = true) =>
        GraphDeliveryHost.StartAsync(folder, graphBaseUrl, time, new()
        {
            ["Notices:DigestEnabled"] = digest ? "true" : "false",
            ["Notices:DigestTimeOfDay"] = "09:00",
            ["Organization:DirectorAadObjectId"] = Director,
        });

    /// <summary>The director in the Employee register (Russian) and, when <paramref name="hasApp"/>, their 1:1 chat with the bot.</summary>
    public static Task DirectorAsync(GraphDeliveryHost host, bool hasApp = true) => host.WithDbAsync(async db =>
    {
        var now = host.Time.GetUtcNow();
        db.Employees.Add(Employee.Create(Director, "tenant", "Director", "ru", now));
        if (hasApp)
        {
            db.ConversationReferences.Add(ConversationReference.Create("29:director", "https://smba.example/", "a:director", now, Director, "tenant"));
        }

        await db.SaveChangesAsync();
    });

    public static DateTimeOffset DigestTime(GraphDeliveryHost host, int dayOffset = 0)
    {
        var clock = host.Services.GetRequiredService<RegisterClock>();
        return clock.StartOf(clock.Today.AddDays(dayOffset)).AddHours(9);
    }

    public static Task HoldAsync(GraphDeliveryHost host, string type, string number, string category, string status, Guid? reportId = null) =>
        host.WithScopeAsync(async services =>
        {
            Assert.True(services.GetRequiredService<DirectorDigest>().TryHold(type, number, category, new DateOnly(2026, 3, 9), status, number, reportId));
            await services.GetRequiredService<Domain.Persistence.RegistersDbContext>().SaveChangesAsync();
        });

    /// <summary>Files a report through the registers and queues its notice as the flow does.</summary>
    public static Task<ConfidentialReport> FileReportAsync(GraphDeliveryHost host, ReportCategory category) => host.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<Domain.Persistence.RegistersDbContext>();
        var report = services.GetRequiredService<ReportIntake>()
            .File(new ReportSubmission(category, "Free text that must never reach the director.", null, [], false), null).Report;
        db.ConfidentialReports.Add(report);
        await db.SaveChangesAsync();
        services.GetRequiredService<ReportNotices>().ReportFiled(report);
        await db.SaveChangesAsync();
        return report;
    });

    /// <summary>Queues the report's outcome notice as closing does (the notice's path: digest or at once).</summary>
    public static Task ReportClosedAsync(GraphDeliveryHost host, Guid reportId) => host.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<Domain.Persistence.RegistersDbContext>();
        var report = await db.ConfidentialReports.SingleAsync(r => r.Id == reportId);
        services.GetRequiredService<ReportNotices>().ReportClosed(report);
        await db.SaveChangesAsync();
        return 0;
    });

    /// <summary>The officer finds the director implicated (Reg. 29).</summary>
    public static Task ImplicateDirectorAsync(GraphDeliveryHost host, Guid reportId) => host.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<Domain.Persistence.RegistersDbContext>();
        var report = await db.ConfidentialReports.SingleAsync(r => r.Id == reportId);
        var officer = await services.GetRequiredService<OfficerRoster>().RequireActiveAsync(DeliverySeed.Officer);
        await services.GetRequiredService<ReportNotices>().DirectorImplicatedByOfficerAsync(report, officer, "The report names the director.");
        await db.SaveChangesAsync();
        return 0;
    });
}
