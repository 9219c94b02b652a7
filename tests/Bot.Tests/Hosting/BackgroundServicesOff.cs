using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComplianceBot.Bot.Tests.Hosting;

/// <summary>
/// Keeps a test host from starting the periodic background services (outbox monitor, janitor, reminders,
/// scheduled jobs). On a faked clock, <c>FakeTimeProvider.Advance</c> fires every tick in between, inline: a
/// week of the outbox monitor's 15-second ticks alone is 40,320 database reads. A test that moves the clock
/// by days drives the services it checks itself (their <c>RunOnceAsync</c>). The services stay registered
/// as singletons; only their hosted loops are not started. The web host itself is not a BackgroundService.
/// </summary>
internal static class BackgroundServicesOff
{
    public static IServiceCollection WithoutBackgroundServices(this IServiceCollection services)
    {
        for (var i = 0; i < services.Count; i++)
        {
            var descriptor = services[i];
            if (descriptor.ServiceType != typeof(IHostedService))
            {
                continue;
            }

            if (descriptor.ImplementationFactory is { } factory)
            {
                services[i] = ServiceDescriptor.Singleton<IHostedService>(sp => factory(sp) is var service and not BackgroundService ? (IHostedService)service : new NotStarted());
            }
            else if (descriptor.ImplementationType is { } type && typeof(BackgroundService).IsAssignableFrom(type))
            {
                services[i] = ServiceDescriptor.Singleton<IHostedService, NotStarted>();
            }
        }

        return services;
    }

    private sealed class NotStarted : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
