using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplianceBot.Bot.Conversation.Routing;

/// <summary>
/// How a flow plugs in. Routes are scoped (one per turn) so they may use scoped services such
/// as the registers' DbContext; a dispatcher takes them all and asks each for its key.
/// </summary>
public static class RouteServiceCollectionExtensions
{
    public static IServiceCollection AddCardActionRoute<TRoute>(this IServiceCollection services)
        where TRoute : class, ICardActionRoute
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ICardActionRoute, TRoute>());
        return services;
    }

    public static IServiceCollection AddTextCommandRoute<TRoute>(this IServiceCollection services)
        where TRoute : class, ITextCommandRoute
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ITextCommandRoute, TRoute>());
        return services;
    }
}
