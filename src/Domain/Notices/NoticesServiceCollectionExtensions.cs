using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplianceBot.Domain.Notices;

public static class NoticesServiceCollectionExtensions
{
    /// <summary>The daily digest's settings and the service that holds notices for it; safe to call more than once.</summary>
    public static IServiceCollection AddDirectorDigest(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(DirectorDigest)))
        {
            return services;
        }

        services.AddOptions<DirectorDigestOptions>().BindConfiguration(DirectorDigestOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOrganizationOptions();
        services.TryAddScoped<DirectorDigest>();
        services.TryAddScoped<ActualConflictNotice>();
        services.TryAddScoped<DirectorPeriodicReport>();
        services.TryAddScoped<DirectorNoticeAcknowledgements>();
        return services;
    }
}
