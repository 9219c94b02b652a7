using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceBot.Domain;

public static class OrganizationServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="OrganizationOptions"/> bound and validated at start-up, once however many areas ask for it (the
    /// registers, the conversation core without the registers for <c>cards export</c>, Graph's calendars).
    /// </summary>
    public static IServiceCollection AddOrganizationOptions(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(IValidateOptions<OrganizationOptions>)))
        {
            return services;
        }

        services.AddOptions<OrganizationOptions>().BindConfiguration(OrganizationOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => OrganizationOptions.IsKnownTimeZone(o.TimeZone), OrganizationOptions.InvalidTimeZoneMessage)
            .Validate(o => OrganizationOptions.IsBlankOrMail(o.DirectorEmail), OrganizationOptions.InvalidDirectorEmailMessage)
            .Validate(o => OrganizationOptions.IsBlankOrMail(o.AuthorizedBodyEmail), OrganizationOptions.InvalidAuthorizedBodyEmailMessage)
            .ValidateOnStart();
        return services;
    }
}
