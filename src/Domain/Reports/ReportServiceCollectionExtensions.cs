using ComplianceBot.Domain.Notices;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceBot.Domain.Reports;

public static class ReportServiceCollectionExtensions
{
    /// <summary>The report services beyond <c>AddRegisters</c>: lockout, notices, the director's view.</summary>
    public static IServiceCollection AddReportServices(this IServiceCollection services)
    {
        services.AddOptions<FollowUpLockoutOptions>().BindConfiguration(FollowUpLockoutOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<FollowUpKeyOptions>().BindConfiguration(FollowUpKeyOptions.SectionName)
            .Validate(o => FollowUpKeyring.IsValidKey(o.FollowUpKey), FollowUpKeyring.InvalidKeyMessage)
            .ValidateOnStart();
        services.AddSingleton<FollowUpKeyring>();

        services.AddOptions<AnonymousReleaseOptions>().BindConfiguration(AnonymousReleaseOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.HasValidWorkday(), AnonymousReleaseOptions.InvalidWorkdayMessage)
            .ValidateOnStart();
        services.AddSingleton<AnonymousNoticeRelease>();
        services.AddScoped<GuardedReportFollowUp>();
        services.AddDirectorDigest();
        services.AddScoped<ReportNotices>();
        services.AddScoped<DirectorReportView>();
        services.AddScoped<ReportDeadlines>();
        services.AddSingleton<ReporterContact>();
        return services;
    }
}
