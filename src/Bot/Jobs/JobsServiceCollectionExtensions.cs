using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplianceBot.Bot.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// A job run by one instance at a time under its lease (<see cref="PeriodicJob"/>), kept as a singleton so tests and
    /// commands can call <see cref="PeriodicJob.RunOnceAsync"/>, and started as a hosted service unless ScheduledJobs:Enabled is false.
    /// </summary>
    public static IServiceCollection AddPeriodicJob<TJob>(this IServiceCollection services)
        where TJob : PeriodicJob
    {
        services.AddOptions<ScheduledJobOptions>().BindConfiguration(ScheduledJobOptions.SectionName);
        return services.AddRecurringJob<TJob>();
    }

    /// <summary>A job on its own timer on every instance (<see cref="RecurringJob"/>), kept as a singleton and started as a hosted service.</summary>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services)
        where TJob : RecurringJob
    {
        if (services.Any(d => d.ServiceType == typeof(TJob)))
        {
            return services;
        }

        services.TryAddSingleton<TJob>();
        return services.AddHostedService(sp => sp.GetRequiredService<TJob>());
    }
}
