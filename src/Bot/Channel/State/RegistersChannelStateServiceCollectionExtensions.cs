using ComplianceBot.Bot.Jobs;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplianceBot.Bot.Channel.State;

internal static class RegistersChannelStateServiceCollectionExtensions
{
    /// <summary>
    /// The channel's state in the registers' database instead of memory: conversation references and processed
    /// activity ids (every instance sees the same; the ids written by group commit, decision 026), and the hourly purge of old activity ids. Needs AddRegisters.
    /// </summary>
    public static IServiceCollection AddRegistersChannelState(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Scoped<IChannelStateStore, RegistersChannelStateStore>());
        services.TryAddSingleton<RecentConversationReferences>();
        services.TryAddSingleton<ProcessedActivityLog>();
        return services.AddRecurringJob<ProcessedActivityJanitor>();
    }
}
