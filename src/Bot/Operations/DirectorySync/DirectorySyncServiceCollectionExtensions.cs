using ComplianceBot.Bot.Jobs;

namespace ComplianceBot.Bot.Operations.DirectorySync;

internal static class DirectorySyncServiceCollectionExtensions
{
    /// <summary>The periodic copy of the organisation's directory into the people register. Needs AddRegisters and AddGraphServices.</summary>
    public static IServiceCollection AddDirectorySync(this IServiceCollection services)
    {
        services.AddOptions<DirectoryOptions>().BindConfiguration(DirectoryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services.AddPeriodicJob<DirectorySyncJob>();
    }
}
