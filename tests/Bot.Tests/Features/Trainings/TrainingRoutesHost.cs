using ComplianceBot.Bot.Features.Trainings;
using ComplianceBot.Bot.Delivery;
using ComplianceBot.Bot.Features.Reports;
using ComplianceBot.Bot.Tests.Conversation;
using ComplianceBot.Bot.Tests.Hosting;
using ComplianceBot.Domain;
using ComplianceBot.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Features.Trainings;

/// <summary>The trainings' card routes on migrated registers in a fresh temp folder, removed again on dispose.</summary>
internal sealed class TrainingRoutesHost : IAsyncDisposable
{
    private readonly TestDataFolder _folder = new("cb-training-routes");

    private TrainingRoutesHost()
    {
        var settings = new Dictionary<string, string?> { ["Registers:DataDirectory"] = _folder.Path };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        Host = new ConversationTestHost(
            services =>
            {
                services.AddRegisters(configuration);
                services.AddSingleton<OutboxSignal>();
                services.AddTrainingFlows();
            },
            settings);
    }

    public ConversationTestHost Host { get; }

    public static async Task<TrainingRoutesHost> StartAsync()
    {
        var started = new TrainingRoutesHost();
        await using var scope = started.Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RegistersDbContext>().Database.MigrateAsync();
        return started;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        _folder.Dispose();
    }
}
