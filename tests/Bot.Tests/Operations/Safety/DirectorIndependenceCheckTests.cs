using ComplianceBot.Bot.Operations.Safety;
using ComplianceBot.Bot.Tests.Integration;
using ComplianceBot.Bot.Tests.Features.Reports;
using ComplianceBot.Domain;
using ComplianceBot.Domain.People;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Bot.Tests.Operations.Safety;

/// <summary>Reg. 8: a register in which the director holds an officer's appointment stops start-up.</summary>
public sealed class DirectorIndependenceCheckTests
{
    private const string Director = "aad-director";

    [Fact]
    public async Task StartAsync_DirectorHoldsAnActiveAppointment_FailsNamingTheSettingAndDecision()
    {
        await using var services = await new RegistersTestServices().MigrateAsync();
        await AppointAsync(services, Director, "D-7", services.Time.GetUtcNow().AddDays(-10), years: 1);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Check(services).StartAsync(CancellationToken.None));

        Assert.Contains("Organization:DirectorAadObjectId", error.Message, StringComparison.Ordinal);
        Assert.Contains("D-7", error.Message, StringComparison.Ordinal);
    }

    // The director is recognised as the appointing rule recognises them, whatever the spelling stored.
    [Fact]
    public async Task StartAsync_DirectorsAppointmentStoredInAnotherCase_FailsAlike()
    {
        await using var services = await new RegistersTestServices().MigrateAsync();
        await AppointAsync(services, "AAD-Director", "D-8", services.Time.GetUtcNow().AddDays(-10), years: 1);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Check(services).StartAsync(CancellationToken.None));

        Assert.Contains("D-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_DirectorsAppointmentAlreadyEnded_Starts()
    {
        await using var services = await new RegistersTestServices().MigrateAsync();
        await AppointAsync(services, Director, "D-1", services.Time.GetUtcNow().AddYears(-3), years: 1);
        await AppointAsync(services, "aad-officer", "D-2", services.Time.GetUtcNow().AddDays(-10), years: 1);

        await Check(services).StartAsync(CancellationToken.None);
    }

    [Fact]
    public void Host_RegistersTheCheck()
    {
        using var app = new ReportsAppFactory();

        Assert.Contains(app.Services.GetServices<IHostedService>(), service => service is DirectorIndependenceCheck);
    }

    private static DirectorIndependenceCheck Check(RegistersTestServices services) => new(
        services.Provider.GetRequiredService<IServiceScopeFactory>(),
        Options.Create(new OrganizationOptions { DirectorAadObjectId = Director }));

    private static Task AppointAsync(RegistersTestServices services, string officer, string decision, DateTimeOffset from, int years) =>
        services.WithDbAsync(async db =>
        {
            var start = DateOnly.FromDateTime(from.UtcDateTime);
            db.OfficerAppointments.Add(OfficerAppointment.Record(officer, decision, start, start, start.AddYears(years), "test", services.Time.GetUtcNow()));
            await db.SaveChangesAsync();
        });
}
