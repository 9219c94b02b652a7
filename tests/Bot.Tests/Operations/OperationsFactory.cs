using ComplianceBot.Bot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Bot.Tests.Operations;

/// <summary><see cref="BotTestHost"/> in a chosen environment with in-memory settings layered over appsettings.json.</summary>
internal sealed class OperationsFactory : BotTestHost
{
    public OperationsFactory(string environment, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        EnvironmentName = environment;
        TestServices = services;
        foreach (var (key, value) in settings)
        {
            Settings[key] = value;
        }
    }
}
