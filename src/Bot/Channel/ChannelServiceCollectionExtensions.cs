namespace ComplianceBot.Bot.Channel;

internal static class ChannelServiceCollectionExtensions
{
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment) => services;

    public static IEndpointRouteBuilder MapTeamsChannel(this IEndpointRouteBuilder endpoints) => endpoints;
}
